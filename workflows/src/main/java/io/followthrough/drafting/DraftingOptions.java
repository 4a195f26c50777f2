package io.followthrough.drafting;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import java.time.Duration;

/** Activity options for {@link DraftingActivities}, for use in workflow code. */
public final class DraftingOptions {

  private DraftingOptions() {}

  /**
   * 60 s per attempt (a hosted model can be slow), up to 5 attempts backing off from 2 s, with
   * {@link DraftingActivities#NON_RETRYABLE} never retried.
   */
  public static ActivityOptions defaults() {
    return ActivityOptions.newBuilder()
        .setStartToCloseTimeout(Duration.ofSeconds(60))
        .setRetryOptions(
            RetryOptions.newBuilder()
                .setInitialInterval(Duration.ofSeconds(2))
                .setBackoffCoefficient(2.0)
                .setMaximumInterval(Duration.ofMinutes(1))
                .setMaximumAttempts(5)
                .setDoNotRetry(DraftingActivities.NON_RETRYABLE.toArray(String[]::new))
                .build())
        .build();
  }
}
