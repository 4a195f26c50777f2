package io.followthrough.priorauth;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

/**
 * Where a prior authorization gets its {@link PriorAuthPolicy} and the payer rules table's answer,
 * read once per run so both are part of its history. Use with {@code ActivityPolicies.standard()};
 * read-only.
 */
@ActivityInterface
public interface PriorAuthPolicyActivities {

  /**
   * The policy of {@code site} (null for the default).
   *
   * @throws io.temporal.failure.ApplicationFailure of type {@code InvalidInput} when the settings
   *     do not make a valid policy (the message names the setting)
   */
  @ActivityMethod(name = "PriorAuthPolicy")
  PriorAuthPolicy policy(String site);

  /**
   * Whether {@code payer} requires authorization for {@code serviceCode} (may be null) in {@code
   * specialty}, from the payer rules table.
   */
  @ActivityMethod(name = "PriorAuthRule")
  AuthRule rule(String payer, String specialty, String serviceCode);
}
