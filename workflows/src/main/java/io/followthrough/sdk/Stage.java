package io.followthrough.sdk;

import java.time.Duration;

/**
 * A named step of an outcome with its own deadline and retry budget. Immutable.
 *
 * <p>The deadline is published as the {@code DueAt} search attribute when the stage is entered and
 * bounds the retries of {@link Outcome#runStage}; the retry budget counts whole attempts of the
 * stage's work (each attempt's activities still retry transient errors by their own policy).
 *
 * @param name stable, non-PHI name, e.g. {@code notify-provider}; shown in listings
 * @param deadline time allowed for the stage, or null for none
 * @param retryBudget attempts {@link Outcome#runStage} makes before giving up (at least 1)
 * @param retryBackoff durable pause between attempts
 */
public record Stage(String name, Duration deadline, int retryBudget, Duration retryBackoff) {

  public Stage {
    HumanTaskSpec.requireCode(name, "stage name");
    if (retryBudget < 1) {
      throw new IllegalArgumentException("retry budget of stage " + name + " must be at least 1");
    }
    if (deadline != null && (deadline.isNegative() || deadline.isZero())) {
      throw new IllegalArgumentException("deadline of stage " + name + " must be positive");
    }
    if (retryBackoff == null || retryBackoff.isNegative()) {
      throw new IllegalArgumentException("retry backoff of stage " + name + " must be >= 0");
    }
  }

  /** A stage with no deadline, one attempt and a one-minute backoff. */
  public static Stage named(String name) {
    return new Stage(name, null, 1, Duration.ofMinutes(1));
  }

  public Stage withDeadline(Duration value) {
    return new Stage(name, value, retryBudget, retryBackoff);
  }

  public Stage withRetryBudget(int attempts) {
    return new Stage(name, deadline, attempts, retryBackoff);
  }

  public Stage withRetryBackoff(Duration value) {
    return new Stage(name, deadline, retryBudget, value);
  }
}
