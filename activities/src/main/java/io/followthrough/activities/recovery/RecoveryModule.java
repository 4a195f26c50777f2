package io.followthrough.activities.recovery;

import io.followthrough.activities.practice.PracticeSandbox;
import io.followthrough.activities.practice.PracticeSandboxModule;
import io.followthrough.activities.practice.SandboxWaitlistActivities;
import io.followthrough.recovery.CancellationRecoveryWorkflowImpl;
import io.followthrough.sdk.ModuleEnvironment;
import io.followthrough.sdk.OutcomeModule;
import java.util.List;

/**
 * The built-in cancellation recovery outcome ({@code CancellationRecovery}, ids {@code
 * cancellation-recovery/<appointmentId>}) and its policy activity, read from the worker's settings
 * ({@link SettingsRecoveryPolicy}). The practice (incl. {@code WaitlistActivities}), channel and
 * drafting activities it calls come from their own modules on the same task queue, except that with
 * the sandbox practice on, this module registers the sandbox's {@code WaitlistActivities}. A bad
 * default policy stops the worker at start, naming the setting.
 */
public class RecoveryModule implements OutcomeModule {

  /** Module name. */
  public static final String NAME = "cancellation-recovery";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Class<?>> workflowImplementationTypes() {
    return List.of(CancellationRecoveryWorkflowImpl.class);
  }

  @Override
  public List<Object> activityImplementations(ModuleEnvironment environment) {
    SettingsRecoveryPolicy policy = new SettingsRecoveryPolicy(environment::setting);
    try {
      policy.read(null);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("recovery policy: " + e.getMessage(), e);
    }
    if (!PracticeSandboxModule.enabled(environment)) {
      return List.of(policy);
    }
    // The sandbox practice's waitlist with fit preferences (a real practice system's adapter module
    // registers its own WaitlistActivities instead).
    PracticeSandbox sandbox = PracticeSandbox.forDataDirectory(environment.dataDirectory());
    return List.of(policy, new SandboxWaitlistActivities(sandbox.practice()));
  }
}
