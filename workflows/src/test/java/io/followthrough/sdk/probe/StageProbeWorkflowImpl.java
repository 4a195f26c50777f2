package io.followthrough.sdk.probe;

import io.followthrough.sdk.HumanTask;
import io.followthrough.sdk.HumanTaskSpec;
import io.followthrough.sdk.IdempotencyKeys;
import io.followthrough.sdk.Outcome;
import io.followthrough.sdk.OutcomeWorkflowBase;
import io.followthrough.sdk.Stage;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;

public class StageProbeWorkflowImpl extends OutcomeWorkflowBase implements StageProbeWorkflow {

  public StageProbeWorkflowImpl() {
    super("probe");
  }

  private final ProbeActivities activities = ProbeSupport.activities();

  @Override
  public String run(int retryBudget) {
    Stage work =
        Stage.named("work")
            .withDeadline(Duration.ofHours(1))
            .withRetryBudget(retryBudget)
            .withRetryBackoff(Duration.ofMinutes(5));
    try {
      String result =
          outcome.runStage(
              work, attempt -> activities.act(IdempotencyKeys.forStep("work", attempt)));
      outcome.complete("done");
      return result;
    } catch (ApplicationFailure e) {
      if (!Outcome.STAGE_EXHAUSTED.equals(e.getType())) {
        throw e;
      }
      HumanTask task =
          outcome.awaitHumanTask(
              HumanTaskSpec.forRole("coordinator", "work-failed")
                  .withContext("step", "work")
                  .withEscalation(Duration.ofHours(2), "supervisor"));
      Workflow.sleep(Duration.ofSeconds(1)); // the Update and the end in separate workflow tasks
      outcome.complete("handled-by-person");
      return "human:" + task.completedBy() + ":" + task.resolution();
    }
  }
}
