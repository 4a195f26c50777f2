package io.followthrough.faxrouting;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

/**
 * Where a fax routing outcome gets its {@link FaxRoutingPolicy}: read once at the start of each
 * run, so the policy is part of the run's history and replays the same. Use with {@code
 * ActivityPolicies.standard()}. Read-only; a site without its own settings gets the defaults.
 */
@ActivityInterface
public interface FaxRoutingPolicyActivities {

  /**
   * The policy of {@code site} (null for the default site).
   *
   * @throws io.temporal.failure.ApplicationFailure of type {@code InvalidInput} (non-retryable)
   *     when the configured values do not make a valid policy; the message names the setting
   */
  @ActivityMethod(name = "FaxRoutingPolicy")
  FaxRoutingPolicy policy(String site);
}
