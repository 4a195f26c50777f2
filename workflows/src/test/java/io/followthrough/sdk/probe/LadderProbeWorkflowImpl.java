package io.followthrough.sdk.probe;

import io.followthrough.sdk.EscalationLadder;
import io.followthrough.sdk.HumanTaskSpec;
import io.followthrough.sdk.IdempotencyKeys;
import io.followthrough.sdk.LadderResult;
import io.followthrough.sdk.Outcome;
import io.followthrough.sdk.OutcomeState;
import io.followthrough.sdk.Stage;
import io.followthrough.sdk.TaskCompletion;
import io.followthrough.sdk.TaskReceipt;
import io.followthrough.sdk.TimelineEntry;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.List;

public class LadderProbeWorkflowImpl implements LadderProbeWorkflow {
  static final EscalationLadder LADDER =
      EscalationLadder.builder()
          .rung("sms", "sms", Duration.ofHours(1))
          .rung("voice", "voice", Duration.ofHours(1))
          .humanTask(
              "supervisor", Duration.ofHours(1), HumanTaskSpec.forRole("supervisor", "no-answer"))
          .build();

  private final Outcome outcome = new Outcome("probe");
  private final ProbeActivities activities = ProbeSupport.activities();
  private boolean answered;

  @Override
  public String run() {
    outcome.enterStage(Stage.named("outreach").withDeadline(Duration.ofHours(3)));
    LadderResult result =
        LADDER.climb(
            outcome,
            () -> answered,
            (rung, level) -> activities.act(IdempotencyKeys.forStep(rung.channel(), level)));
    Workflow.sleep(Duration.ofSeconds(1)); // the Update and the end in separate workflow tasks
    outcome.complete("done");
    return result.resolvedByHuman()
        ? "human:" + result.task().completedBy() + ":" + result.level()
        : "stopped:" + result.level();
  }

  @Override
  public void answer() {
    answered = true;
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
