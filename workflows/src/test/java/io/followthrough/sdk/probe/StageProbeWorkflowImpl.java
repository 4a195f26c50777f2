package io.followthrough.sdk.probe;

import io.followthrough.sdk.HumanTask;
import io.followthrough.sdk.HumanTaskSpec;
import io.followthrough.sdk.IdempotencyKeys;
import io.followthrough.sdk.Outcome;
import io.followthrough.sdk.OutcomeState;
import io.followthrough.sdk.Stage;
import io.followthrough.sdk.TaskCompletion;
import io.followthrough.sdk.TaskReceipt;
import io.followthrough.sdk.TimelineEntry;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.List;

public class StageProbeWorkflowImpl implements StageProbeWorkflow {
  private final Outcome outcome = new Outcome("probe");
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

  @Override
  public OutcomeState state() {
    return outcome.state();
  }

  @Override
  public List<TimelineEntry> timeline() {
    return outcome.timeline();
  }

  @Override
  public TaskReceipt completeTask(TaskCompletion completion) {
    return outcome.completeTask(completion);
  }

  @Override
  public void validateCompleteTask(TaskCompletion completion) {
    outcome.validateTaskCompletion(completion);
  }
}
