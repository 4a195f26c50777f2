package io.followthrough.sdk.probe;

import io.followthrough.sdk.HumanTaskUpdates;
import io.followthrough.sdk.OutcomeQueries;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** Climbs sms (1 h) → voice (1 h) → supervisor task (1 h) until {@code answer} arrives. */
@WorkflowInterface
public interface LadderProbeWorkflow extends OutcomeQueries, HumanTaskUpdates {

  @WorkflowMethod
  String run();

  @SignalMethod
  void answer();
}
