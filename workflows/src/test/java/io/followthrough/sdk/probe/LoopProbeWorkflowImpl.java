package io.followthrough.sdk.probe;

import io.followthrough.sdk.HistoryGuard;
import io.followthrough.sdk.Outcome;
import io.followthrough.sdk.OutcomeState;
import io.followthrough.sdk.Stage;
import io.followthrough.sdk.TimelineEntry;
import io.followthrough.sdk.TimelineKind;
import io.temporal.workflow.Workflow;
import java.util.List;

public class LoopProbeWorkflowImpl implements LoopProbeWorkflow {
  private final Outcome outcome = new Outcome("probe");
  private final HistoryGuard guard = new HistoryGuard(20);
  private int pending;

  @Override
  public int run(LoopInput input) {
    outcome.restore(input.carried());
    if (input.carried() == null) {
      outcome.site("clinic-north"); // later runs get it from the snapshot only
      outcome.enterStage(Stage.named("listening"));
    }
    while (true) {
      Workflow.await(() -> pending > 0);
      while (pending > 0) {
        pending--;
        outcome.record(TimelineKind.EVIDENCE, "ping");
      }
      int seen = received();
      if (seen >= input.pings()) {
        outcome.complete("all-pings");
        return seen;
      }
      guard.continueAsNewIfNeeded(outcome, snapshot -> new LoopInput(input.pings(), snapshot));
    }
  }

  private int received() {
    return (int) outcome.timeline().stream().filter(e -> e.kind() == TimelineKind.EVIDENCE).count();
  }

  @Override
  public void ping() {
    pending++;
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
