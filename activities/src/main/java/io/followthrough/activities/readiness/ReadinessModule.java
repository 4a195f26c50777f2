package io.followthrough.activities.readiness;

import io.followthrough.activities.practice.PracticeSandbox;
import io.followthrough.activities.practice.PracticeSandboxModule;
import io.followthrough.readiness.ReadinessWorkflowImpl;
import io.followthrough.sdk.ModuleEnvironment;
import io.followthrough.sdk.OutcomeModule;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in intake-readiness outcome ({@code IntakeReadiness}, ids {@code
 * intake-readiness/<appointmentId>}), its policy activity from settings ({@link
 * SettingsReadinessPolicy}) and, with the sandbox practice, the sandbox's readiness read ({@link
 * SandboxReadinessActivities}). Practice, channel and drafting activities come from their own
 * modules on the same task queue. A bad default policy stops the worker at start, naming the
 * setting.
 */
public class ReadinessModule implements OutcomeModule {

  /** Module name. */
  public static final String NAME = "intake-readiness";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Class<?>> workflowImplementationTypes() {
    return List.of(ReadinessWorkflowImpl.class);
  }

  @Override
  public List<Object> activityImplementations(ModuleEnvironment environment) {
    SettingsReadinessPolicy policy = new SettingsReadinessPolicy(environment::setting);
    try {
      policy.read(null);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("readiness policy: " + e.getMessage(), e);
    }
    List<Object> out = new ArrayList<>();
    out.add(policy);
    if (PracticeSandboxModule.enabled(environment)) {
      out.add(
          new SandboxReadinessActivities(
              PracticeSandbox.forDataDirectory(environment.dataDirectory()).practice()));
    }
    return out;
  }
}
