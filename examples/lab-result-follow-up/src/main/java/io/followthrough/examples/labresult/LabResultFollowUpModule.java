package io.followthrough.examples.labresult;

import io.followthrough.sdk.ModuleEnvironment;
import io.followthrough.sdk.OutcomeModule;
import java.time.Duration;
import java.util.List;

/**
 * The lab result follow-up outcome as a deployable module. Setting {@code
 * followthrough.modules.lab-result-follow-up.activity-delay-ms} (default 0) slows every sandbox
 * activity, for chaos tests.
 */
public class LabResultFollowUpModule implements OutcomeModule {

  /** Module name. */
  public static final String NAME = "lab-result-follow-up";

  static final String DELAY_SETTING = "followthrough.modules." + NAME + ".activity-delay-ms";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Class<?>> workflowImplementationTypes() {
    return List.of(LabResultFollowUpWorkflowImpl.class);
  }

  @Override
  public List<Object> activityImplementations(ModuleEnvironment environment) {
    long delayMillis = environment.setting(DELAY_SETTING).map(Long::parseLong).orElse(0L);
    return List.of(
        new SandboxLabResultActivities(
            environment.dataDirectory(), Duration.ofMillis(delayMillis)));
  }
}
