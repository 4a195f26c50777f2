package io.followthrough.sdk;

import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInfo;
import java.util.function.Function;

/**
 * Keeps a long-lived outcome's event history bounded: when the history passes {@code maxEvents} or
 * the server suggests it, the workflow continues as new, carrying its {@link OutcomeSnapshot}
 * forward. Check it at a quiet point of a loop (after handling a signal, before waiting again):
 *
 * <pre>{@code
 * guard.continueAsNewIfNeeded(outcome, snapshot -> new MyInput(input.key(), snapshot));
 * }</pre>
 *
 * The next run restores the snapshot with {@link Outcome#restore}. Before handing over, the guard
 * waits for the outcome's ledger events and for running handlers; that can cross a workflow task,
 * so build the next input from the fields a signal may have changed meanwhile (the function runs
 * last).
 *
 * @param maxEvents history length that triggers continue-as-new
 */
public record HistoryGuard(long maxEvents) {

  public HistoryGuard {
    if (maxEvents < 10) {
      throw new IllegalArgumentException("maxEvents must be at least 10");
    }
  }

  /** Continue-as-new at 10,000 events, well below the server's 51,200-event hard limit. */
  public static HistoryGuard standard() {
    return new HistoryGuard(10_000);
  }

  /** Whether this run should hand over now. */
  public boolean shouldContinueAsNew() {
    WorkflowInfo info = Workflow.getInfo();
    return info.getHistoryLength() >= maxEvents || info.isContinueAsNewSuggested();
  }

  /**
   * When {@link #shouldContinueAsNew()}, waits until the ledger stored this run's events and
   * running signal and update handlers finished, records the hand-over and continues as new with
   * the input built from the snapshot. Otherwise returns at once.
   *
   * @param nextInput builds the next run's single workflow argument from the carried snapshot
   */
  public void continueAsNewIfNeeded(Outcome outcome, Function<OutcomeSnapshot, Object> nextInput) {
    if (!shouldContinueAsNew()) {
      return;
    }
    outcome.awaitLedger();
    Workflow.await(Workflow::isEveryHandlerFinished);
    outcome.awaitLedger(); // a handler may have reported something meanwhile
    outcome.record(
        TimelineKind.CONTINUED_AS_NEW, "history-" + Workflow.getInfo().getHistoryLength());
    Workflow.continueAsNew(nextInput.apply(outcome.snapshot()));
  }
}
