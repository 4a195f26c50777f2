package io.followthrough.sdk.probe;

import io.followthrough.sdk.ConfirmationResult;
import io.followthrough.sdk.OutcomeQueries;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** Waits up to 3 h for {@code evidence}, polling every hour. */
@WorkflowInterface
public interface ConfirmationProbeWorkflow extends OutcomeQueries {

  @WorkflowMethod
  ConfirmationResult run();

  @SignalMethod
  void evidence();
}
