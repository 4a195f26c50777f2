package io.followthrough.activities.refill;

import io.followthrough.refill.RefillWorkflowImpl;
import io.followthrough.sdk.ModuleEnvironment;
import io.followthrough.sdk.OutcomeModule;
import java.util.List;

/**
 * The built-in refill-request outcome ({@code RefillRequest}, ids {@code refill/<requestKey>}), its
 * policy activity from the worker's settings ({@link SettingsRefillPolicy}) and the offline
 * medication matcher ({@link OfflineMedicationMatcher}). The practice, channel, document and
 * drafting activities it calls come from their own modules on the same task queue. A bad default
 * policy stops the worker at start, naming the setting.
 */
public class RefillModule implements OutcomeModule {

  /** Module name. */
  public static final String NAME = "refill";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Class<?>> workflowImplementationTypes() {
    return List.of(RefillWorkflowImpl.class);
  }

  @Override
  public List<Object> activityImplementations(ModuleEnvironment environment) {
    SettingsRefillPolicy policy = new SettingsRefillPolicy(environment::setting);
    try {
      policy.read(null);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("refill policy: " + e.getMessage(), e);
    }
    return List.of(policy, new OfflineMedicationMatcher());
  }
}
