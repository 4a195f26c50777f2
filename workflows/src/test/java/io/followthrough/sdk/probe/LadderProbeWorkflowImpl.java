package io.followthrough.sdk.probe;

import io.followthrough.sdk.EscalationLadder;
import io.followthrough.sdk.HumanTaskSpec;
import io.followthrough.sdk.IdempotencyKeys;
import io.followthrough.sdk.LadderResult;
import io.followthrough.sdk.OutcomeWorkflowBase;
import io.followthrough.sdk.Stage;
import io.temporal.workflow.Workflow;
import java.time.Duration;

public class LadderProbeWorkflowImpl extends OutcomeWorkflowBase implements LadderProbeWorkflow {

  public LadderProbeWorkflowImpl() {
    super("probe");
  }

  static final EscalationLadder LADDER =
      EscalationLadder.builder()
          .rung("sms", "sms", Duration.ofHours(1))
          .rung("voice", "voice", Duration.ofHours(1))
          .humanTask(
              "supervisor", Duration.ofHours(1), HumanTaskSpec.forRole("supervisor", "no-answer"))
          .build();

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
}
