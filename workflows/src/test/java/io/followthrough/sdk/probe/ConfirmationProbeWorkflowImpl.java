package io.followthrough.sdk.probe;

import io.followthrough.sdk.Confirmation;
import io.followthrough.sdk.ConfirmationResult;
import io.followthrough.sdk.IdempotencyKeys;
import io.followthrough.sdk.Outcome;
import io.followthrough.sdk.OutcomeState;
import io.followthrough.sdk.Stage;
import io.followthrough.sdk.TimelineEntry;
import java.time.Duration;
import java.util.List;

public class ConfirmationProbeWorkflowImpl implements ConfirmationProbeWorkflow {
  private final Outcome outcome = new Outcome("probe");
  private final ProbeActivities activities = ProbeSupport.activities();
  private boolean evidence;

  @Override
  public ConfirmationResult run() {
    outcome.enterStage(Stage.named("confirm"));
    ConfirmationResult result =
        new Confirmation(Duration.ofHours(1), Duration.ofHours(3))
            .await(
                outcome,
                () -> evidence,
                poll -> activities.check(IdempotencyKeys.forStep("confirm", poll)));
    outcome.complete(result.name());
    return result;
  }

  @Override
  public void evidence() {
    evidence = true;
  }

  @Override
  public OutcomeState state() {
    return outcome.state();
  }

  @Override
  public List<TimelineEntry> timeline() {
    return outcome.timeline();
  }
}
