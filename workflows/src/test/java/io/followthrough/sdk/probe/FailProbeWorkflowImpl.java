package io.followthrough.sdk.probe;

import io.followthrough.sdk.IdempotencyKeys;
import io.followthrough.sdk.OutcomeWorkflowBase;
import io.followthrough.sdk.Stage;
import io.temporal.failure.ApplicationFailure;

public class FailProbeWorkflowImpl extends OutcomeWorkflowBase implements FailProbeWorkflow {

  public FailProbeWorkflowImpl() {
    super("probe");
  }

  private final ProbeActivities activities = ProbeSupport.activities();

  @Override
  public String run(int retryBudget) {
    Stage work = Stage.named("work").withRetryBudget(retryBudget);
    try {
      String result =
          outcome.runStage(
              work, attempt -> activities.act(IdempotencyKeys.forStep("work", attempt)));
      outcome.complete("done");
      return result;
    } catch (ApplicationFailure e) {
      outcome.fail("work-exhausted");
      throw e;
    }
  }
}
