package io.followthrough.sdk.probe;

import io.followthrough.sdk.HumanTaskUpdates;
import io.followthrough.sdk.OutcomeQueries;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** Runs one stage with a retry budget; a person takes over when it is spent. */
@WorkflowInterface
public interface StageProbeWorkflow extends OutcomeQueries, HumanTaskUpdates {

  @WorkflowMethod
  String run(int retryBudget);
}
