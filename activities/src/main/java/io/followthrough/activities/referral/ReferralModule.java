package io.followthrough.activities.referral;

import io.followthrough.activities.practice.PracticeSandboxModule;
import io.followthrough.referral.ReferralWorkflowImpl;
import io.followthrough.referral.SelfScheduleLinks;
import io.followthrough.sdk.ModuleEnvironment;
import io.followthrough.sdk.OutcomeModule;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The built-in referral outcome ({@code Referral}, ids {@code referral/<referralKey>}) and its
 * policy activity, read from the worker's settings ({@link SettingsReferralPolicy}). The practice,
 * channel, document and drafting activities it calls come from their own modules on the same task
 * queue. A bad default policy stops the worker at start, naming the setting.
 */
public class ReferralModule implements OutcomeModule {

  /** Module name. */
  public static final String NAME = "referral";

  /** Setting of the self-schedule link's base (the referral key is appended). */
  public static final String LINK_BASE_SETTING =
      SettingsReferralPolicy.PREFIX + "schedule-link-base";

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
    SettingsReferralPolicy policy = new SettingsReferralPolicy(settings(environment));
    try {
      policy.read(null);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("referral policy: " + e.getMessage(), e);
    }
    return List.of(policy);
  }

  /**
   * The worker's settings, where a worker with the sandbox practice sends patients to the sandbox's
   * self-schedule page ({@link SelfScheduleLinks#linkBase} of {@value
   * SelfScheduleLinks#BASE_URL_SETTING}) unless {@value #LINK_BASE_SETTING} says otherwise.
   */
  static Function<String, Optional<String>> settings(ModuleEnvironment environment) {
    if (!PracticeSandboxModule.enabled(environment)) {
      return environment::setting;
    }
    return key ->
        environment
            .setting(key)
            .or(
                () ->
                    LINK_BASE_SETTING.equals(key)
                        ? Optional.of(
                            SelfScheduleLinks.linkBase(
                                environment
                                    .setting(SelfScheduleLinks.BASE_URL_SETTING)
                                    .orElse(null)))
                        : Optional.empty());
  }
}
