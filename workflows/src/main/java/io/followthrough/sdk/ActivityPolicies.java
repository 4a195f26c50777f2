package io.followthrough.sdk;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import java.time.Duration;

/**
 * Activity options with explicit timeouts and retry policies, so no activity runs on defaults. Each
 * method returns a fresh {@link ActivityOptions}; adjust with {@code toBuilder()}. Failures of type
 * {@link #INVALID_INPUT} are never retried: throw them for bad input.
 */
public final class ActivityPolicies {

  /** ApplicationFailure type for bad input; non-retryable in every policy here. */
  public static final String INVALID_INPUT = "InvalidInput";

  private ActivityPolicies() {}

  /**
   * Short calls to our own systems: 30 s per attempt, 10 attempts from 1 s backing off to 1 min, 10
   * min in all.
   */
  public static ActivityOptions standard() {
    return ActivityOptions.newBuilder()
        .setStartToCloseTimeout(Duration.ofSeconds(30))
        .setScheduleToCloseTimeout(Duration.ofMinutes(10))
        .setRetryOptions(retry(10, Duration.ofSeconds(1), Duration.ofMinutes(1)))
        .build();
  }

  /**
   * Messages to people or outside systems (SMS, fax, EHR write): 1 min per attempt, 20 attempts
   * from 5 s backing off to 10 min, 4 h in all. Pass an idempotency key with every call.
   */
  public static ActivityOptions outbound() {
    return ActivityOptions.newBuilder()
        .setStartToCloseTimeout(Duration.ofMinutes(1))
        .setScheduleToCloseTimeout(Duration.ofHours(4))
        .setRetryOptions(retry(20, Duration.ofSeconds(5), Duration.ofMinutes(10)))
        .build();
  }

  /** Exponential retry (coefficient 2) that never retries {@link #INVALID_INPUT}. */
  public static RetryOptions retry(int maxAttempts, Duration initial, Duration maxInterval) {
    return RetryOptions.newBuilder()
        .setMaximumAttempts(maxAttempts)
        .setInitialInterval(initial)
        .setBackoffCoefficient(2.0)
        .setMaximumInterval(maxInterval)
        .setDoNotRetry(INVALID_INPUT)
        .build();
  }
}
