package io.followthrough.activities.practice;

import io.followthrough.activities.channels.SimulatedChannelActivities;
import io.followthrough.sdk.ModuleEnvironment;
import io.followthrough.sdk.OutcomeModule;
import java.util.List;

/**
 * The sandbox practice system ({@code PracticeActivities}) and channel simulators ({@code
 * ChannelActivities}) as worker activities, from {@link PracticeSandbox#forDataDirectory}. Only in
 * dev mode or with {@code followthrough.modules.practice-sandbox.enabled=true}: a production worker
 * must never silently get a fake EHR. Otherwise the module registers nothing (and the worker skips
 * it).
 */
public class PracticeSandboxModule implements OutcomeModule {

  /** Module name. */
  public static final String NAME = "practice-sandbox";

  /** Setting that turns the sandbox on outside dev mode (e.g. a demo or staging worker). */
  public static final String ENABLED_SETTING = "followthrough.modules.practice-sandbox.enabled";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Class<?>> workflowImplementationTypes() {
    return List.of();
  }

  @Override
  public List<Object> activityImplementations(ModuleEnvironment environment) {
    if (!enabled(environment)) {
      return List.of();
    }
    PracticeSandbox sandbox = PracticeSandbox.forDataDirectory(environment.dataDirectory());
    return List.of(
        new SandboxPracticeActivities(sandbox.practice()),
        new SimulatedChannelActivities(sandbox.channels()));
  }

  /** Whether the environment asks for the sandbox: dev mode, or the setting set to true. */
  public static boolean enabled(ModuleEnvironment environment) {
    return environment.devMode()
        || environment.setting(ENABLED_SETTING).map(Boolean::parseBoolean).orElse(false);
  }
}
