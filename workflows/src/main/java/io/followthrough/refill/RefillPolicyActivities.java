package io.followthrough.refill;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

/**
 * Where a refill outcome gets its {@link RefillPolicy}: read once at the start of the run, so it is
 * part of the history and replays the same. Use with {@code ActivityPolicies.standard()}.
 */
@ActivityInterface
public interface RefillPolicyActivities {

  /**
   * The policy of {@code site} (null for the default site).
   *
   * @throws io.temporal.failure.ApplicationFailure of type {@code InvalidInput} (non-retryable)
   *     when the configured values do not make a valid policy; the message names the setting
   */
  @ActivityMethod(name = "RefillPolicy")
  RefillPolicy policy(String site);
}
