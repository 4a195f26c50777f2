package io.followthrough.practice;

import io.followthrough.sdk.ActivityPolicies;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;

/** Activity options for {@link PracticeActivities}, for use in workflow code. */
public final class PracticeOptions {

  private PracticeOptions() {}

  /**
   * {@link ActivityPolicies#standard()} (30 s per attempt, 10 attempts backing off from 1 s to 1
   * min, 10 min in all) with every {@link PracticeActivities#NON_RETRYABLE} type never retried.
   */
  public static ActivityOptions defaults() {
    ActivityOptions standard = ActivityPolicies.standard();
    RetryOptions retry =
        RetryOptions.newBuilder(standard.getRetryOptions())
            .setDoNotRetry(PracticeActivities.NON_RETRYABLE.toArray(String[]::new))
            .build();
    return standard.toBuilder().setRetryOptions(retry).build();
  }
}
