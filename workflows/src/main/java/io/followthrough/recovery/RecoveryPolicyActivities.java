package io.followthrough.recovery;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

/**
 * Where a cancellation recovery gets its {@link RecoveryPolicy}: read once at the start, so it is
 * in the history and replays the same. Use with {@code ActivityPolicies.standard()}.
 */
@ActivityInterface
public interface RecoveryPolicyActivities {

  /**
   * The policy of {@code site} (null for the default).
   *
   * @throws io.temporal.failure.ApplicationFailure of type {@code InvalidInput} (non-retryable)
   *     when the configured values do not make a valid policy; the message names the setting
   */
  @ActivityMethod(name = "RecoveryPolicy")
  RecoveryPolicy policy(String site);
}
