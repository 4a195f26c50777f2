package io.followthrough.activities.faxrouting;

import io.followthrough.faxrouting.FaxRoutingWorkflowImpl;
import io.followthrough.sdk.ModuleEnvironment;
import io.followthrough.sdk.OutcomeModule;
import java.util.List;

/**
 * The built-in fax routing outcome ({@code FaxRouting}, ids {@code fax-routing/<documentId>}) and
 * its policy activity, read from the worker's settings ({@link SettingsFaxRoutingPolicy}). The
 * practice, channel and drafting activities it calls come from their own modules on the same task
 * queue. A bad default policy stops the worker at start, naming the setting.
 */
public class FaxRoutingModule implements OutcomeModule {

  /** Module name. */
  public static final String NAME = "fax-routing";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Class<?>> workflowImplementationTypes() {
    return List.of(FaxRoutingWorkflowImpl.class);
  }

  @Override
  public List<Object> activityImplementations(ModuleEnvironment environment) {
    SettingsFaxRoutingPolicy policy = new SettingsFaxRoutingPolicy(environment::setting);
    try {
      policy.read(null);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("fax routing policy: " + e.getMessage(), e);
    }
    return List.of(policy);
  }
}
