package io.followthrough.sdk.probe;

import io.followthrough.sdk.OutcomeQueries;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** Counts {@code ping} signals, continuing as new every 20 history events. */
@WorkflowInterface
public interface LoopProbeWorkflow extends OutcomeQueries {

  @WorkflowMethod
  int run(LoopInput input);

  @SignalMethod
  void ping();
}
