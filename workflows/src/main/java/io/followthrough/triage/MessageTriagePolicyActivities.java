package io.followthrough.triage;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

/**
 * Where message triage gets its {@link MessageTriagePolicy}: read once at the start of each run, so
 * it is part of the history. Use with {@code ActivityPolicies.standard()}.
 */
@ActivityInterface
public interface MessageTriagePolicyActivities {

  /**
   * The policy of {@code site} (null for the default site).
   *
   * @throws io.temporal.failure.ApplicationFailure of type {@code InvalidInput} (non-retryable)
   *     when the configured values do not make a valid policy; the message names the setting
   */
  @ActivityMethod(name = "MessageTriagePolicy")
  MessageTriagePolicy policy(String site);
}
