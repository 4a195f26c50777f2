package io.followthrough.readiness;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

/**
 * Where an intake-readiness outcome gets its {@link ReadinessPolicy}: read once at the start of the
 * run, so the policy is part of the history and replays the same.
 */
@ActivityInterface
public interface ReadinessPolicyActivities {

  /**
   * The policy of {@code site} (null for the default site).
   *
   * @throws io.temporal.failure.ApplicationFailure of type {@code InvalidInput} (non-retryable)
   *     when the configured values do not make a valid policy; the message names the setting
   */
  @ActivityMethod(name = "ReadinessPolicy")
  ReadinessPolicy policy(String site);
}
