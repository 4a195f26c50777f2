package io.followthrough.channels;

import io.followthrough.sdk.ActivityPolicies;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;

/** Activity options for {@link ChannelActivities}, for use in workflow code. */
public final class ChannelOptions {

  private ChannelOptions() {}

  /**
   * {@link ActivityPolicies#outbound()} (1 min per attempt, 20 attempts backing off from 5 s to 10
   * min, 4 h in all) with every {@link ChannelActivities#NON_RETRYABLE} type never retried.
   */
  public static ActivityOptions defaults() {
    ActivityOptions outbound = ActivityPolicies.outbound();
    RetryOptions retry =
        RetryOptions.newBuilder(outbound.getRetryOptions())
            .setDoNotRetry(ChannelActivities.NON_RETRYABLE.toArray(String[]::new))
            .build();
    return outbound.toBuilder().setRetryOptions(retry).build();
  }
}
