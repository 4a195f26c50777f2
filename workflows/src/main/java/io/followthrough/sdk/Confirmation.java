package io.followthrough.sdk;

import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Waits for evidence that an outcome really happened (a signal sets a flag), and when the world
 * stays silent for {@code pollEvery}, re-checks it with a poll (an activity). Gives up after {@code
 * giveUpAfter} with {@link ConfirmationResult#NOT_CONFIRMED}: the caller then opens a human task.
 *
 * @param pollEvery silence before each re-check
 * @param giveUpAfter total time allowed for the confirmation
 */
public record Confirmation(Duration pollEvery, Duration giveUpAfter) {

  public Confirmation {
    if (pollEvery == null || pollEvery.compareTo(Duration.ZERO) <= 0) {
      throw new IllegalArgumentException("poll interval must be positive");
    }
    if (giveUpAfter == null || giveUpAfter.compareTo(pollEvery) < 0) {
      throw new IllegalArgumentException("give-up time must be at least one poll interval");
    }
  }

  /**
   * Waits as described in the class comment, recording every poll and the evidence in the timeline.
   * Workflow code only.
   */
  public ConfirmationResult await(
      Outcome outcome, Supplier<Boolean> evidence, ConfirmationPoll poll) {
    long giveUpAt = Workflow.currentTimeMillis() + giveUpAfter.toMillis();
    int polls = 0;
    while (true) {
      long left = giveUpAt - Workflow.currentTimeMillis();
      Duration wait = Duration.ofMillis(Math.min(left, pollEvery.toMillis()));
      if (evidence.get() || Workflow.await(wait, evidence)) {
        outcome.record(TimelineKind.EVIDENCE, "signal");
        return ConfirmationResult.CONFIRMED_BY_SIGNAL;
      }
      polls++;
      boolean found = poll.check(polls);
      outcome.record(TimelineKind.EVIDENCE, found ? "poll-" + polls + ":found" : "poll-" + polls);
      if (found) {
        return ConfirmationResult.CONFIRMED_BY_POLL;
      }
      if (Workflow.currentTimeMillis() >= giveUpAt) {
        return ConfirmationResult.NOT_CONFIRMED;
      }
    }
  }
}
