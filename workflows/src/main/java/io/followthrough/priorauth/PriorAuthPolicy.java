package io.followthrough.priorauth;

import java.time.Duration;
import java.util.List;

/**
 * The thresholds of a prior authorization, from settings {@code followthrough.priorauth.*} (see
 * docs/prior-authorization.md).
 *
 * @param pollBackoff waits between status polls, in order; the last repeats
 * @param decisionDeadlineDays days the payer has to decide when the rules table names none
 * @param overdueExtension how much longer to wait when a person chooses to keep waiting past the
 *     payer's deadline
 * @param rfiAnswerDeadline how long the coordinator has to answer a request for information before
 *     it goes to a supervisor
 * @param appealWindowDays days after a denial within which an appeal must be filed
 * @param signOffEscalateAfter how long the clinician's appeal sign-off waits before a supervisor
 *     gets it
 * @param appealEscalateBefore the sign-off goes to a supervisor at the latest this long before the
 *     appeal window closes
 * @param maxAppeals appeals filed before a denial goes to a person for the final decision
 * @param submitRetryBudget whole submission attempts before a person takes over
 */
public record PriorAuthPolicy(
    List<Duration> pollBackoff,
    int decisionDeadlineDays,
    Duration overdueExtension,
    Duration rfiAnswerDeadline,
    int appealWindowDays,
    Duration signOffEscalateAfter,
    Duration appealEscalateBefore,
    int maxAppeals,
    int submitRetryBudget) {

  public PriorAuthPolicy {
    pollBackoff = pollBackoff == null ? List.of() : List.copyOf(pollBackoff);
    if (pollBackoff.isEmpty() || pollBackoff.stream().anyMatch(d -> d.isNegative() || d.isZero())) {
      throw new IllegalArgumentException("poll-backoff needs at least one positive duration");
    }
    positive(decisionDeadlineDays, "payer-decision-deadline-days");
    positive(overdueExtension, "overdue-extension");
    positive(rfiAnswerDeadline, "rfi-answer-deadline");
    positive(appealWindowDays, "appeal-window-days");
    positive(signOffEscalateAfter, "sign-off-escalate-after");
    positive(appealEscalateBefore, "appeal-escalate-before");
    if (appealEscalateBefore.compareTo(Duration.ofDays(appealWindowDays)) >= 0) {
      throw new IllegalArgumentException(
          "appeal-escalate-before must be shorter than appeal-window-days");
    }
    if (maxAppeals < 0) {
      throw new IllegalArgumentException("max-appeals must not be negative");
    }
    positive(submitRetryBudget, "submit-retry-budget");
  }

  /** The defaults every unset setting keeps. */
  public static PriorAuthPolicy defaults() {
    return new PriorAuthPolicy(
        List.of(
            Duration.ofMinutes(30),
            Duration.ofHours(2),
            Duration.ofHours(6),
            Duration.ofHours(12),
            Duration.ofDays(1)),
        14,
        Duration.ofDays(3),
        Duration.ofDays(2),
        30,
        Duration.ofHours(48),
        Duration.ofDays(5),
        1,
        3);
  }

  /** The wait before poll number {@code n} (0-based). */
  public Duration pollWait(int n) {
    return pollBackoff.get(Math.min(n, pollBackoff.size() - 1));
  }

  private static void positive(int value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }

  private static void positive(Duration value, String name) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be a positive duration");
    }
  }
}
