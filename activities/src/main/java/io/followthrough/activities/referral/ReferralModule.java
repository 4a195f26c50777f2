package io.followthrough.activities.referral;

import io.followthrough.referral.ReferralWorkflowImpl;
import io.followthrough.sdk.ModuleEnvironment;
import io.followthrough.sdk.OutcomeModule;
import java.util.List;

/**
 * The built-in referral outcome ({@code Referral}, ids {@code referral/<referralKey>}) and its
 * policy activity, read from the worker's settings ({@link SettingsReferralPolicy}). The practice,
 * channel, document and drafting activities it calls come from their own modules on the same task
 * queue. A bad default policy stops the worker at start, naming the setting.
 */
public class ReferralModule implements OutcomeModule {

  /** Module name. */
  public static final String NAME = "referral";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Class<?>> workflowImplementationTypes() {
    return List.of(ReferralWorkflowImpl.class);
  }

  @Override
  public List<Object> activityImplementations(ModuleEnvironment environment) {
    SettingsReferralPolicy policy = new SettingsReferralPolicy(environment::setting);
    try {
      policy.read(null);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("referral policy: " + e.getMessage(), e);
    }
    return List.of(policy);
  }
}
