package io.followthrough.ledger;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import java.time.Duration;

/** Activity options for {@link LedgerActivities}, for use in workflow code. */
public final class LedgerOptions {

  private LedgerOptions() {}

  /**
   * Start-to-close 10 s; retries forever with backoff from 1 s to 1 min, except for invalid events.
   * Facts are never dropped while the store is down; idempotency keys make retries safe.
   */
  public static ActivityOptions defaults() {
    return ActivityOptions.newBuilder()
        .setStartToCloseTimeout(Duration.ofSeconds(10))
        .setRetryOptions(
            RetryOptions.newBuilder()
                .setInitialInterval(Duration.ofSeconds(1))
                .setMaximumInterval(Duration.ofMinutes(1))
                .setDoNotRetry(LedgerActivities.INVALID_EVENT)
                .build())
        .build();
  }
}
