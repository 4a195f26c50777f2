package io.followthrough.sdk.probe;

import io.followthrough.sdk.OutcomeQueries;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Runs one stage with a retry budget and gives up through {@code Outcome.fail} when it is spent.
 */
@WorkflowInterface
public interface FailProbeWorkflow extends OutcomeQueries {

  @WorkflowMethod
  String run(int retryBudget);
}
