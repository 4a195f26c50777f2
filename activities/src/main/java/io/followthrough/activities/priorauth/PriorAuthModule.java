package io.followthrough.activities.priorauth;

import io.followthrough.activities.payer.SandboxPayer;
import io.followthrough.activities.payer.SandboxPayerActivities;
import io.followthrough.activities.practice.PracticeSandboxModule;
import io.followthrough.priorauth.PriorAuthWorkflowImpl;
import io.followthrough.sdk.ModuleEnvironment;
import io.followthrough.sdk.OutcomeModule;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in prior authorization outcome ({@code PriorAuthorization}, ids {@code
 * prior-auth/<orderKey>}), its policy activity ({@link SettingsPriorAuthPolicy} with the bundled
 * {@link PayerRules}) and, where the practice sandbox runs (dev mode or the sandbox enabled), the
 * sandbox payer and scheduling queue ({@link SandboxPayer}, {@code <data-dir>/payer/}). Drafting
 * comes from its own module. A bad default policy stops the worker at start, naming the setting.
 */
public class PriorAuthModule implements OutcomeModule {

  /** Module name. */
  public static final String NAME = "prior-auth";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Class<?>> workflowImplementationTypes() {
    return List.of(PriorAuthWorkflowImpl.class);
  }

  @Override
  public List<Object> activityImplementations(ModuleEnvironment environment) {
    SettingsPriorAuthPolicy policy =
        new SettingsPriorAuthPolicy(environment::setting, PayerRules.bundled());
    try {
      policy.read(null);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("prior-auth policy: " + e.getMessage(), e);
    }
    List<Object> activities = new ArrayList<>();
    activities.add(policy);
    if (PracticeSandboxModule.enabled(environment)) {
      activities.add(
          new SandboxPayerActivities(SandboxPayer.forDataDirectory(environment.dataDirectory())));
    }
    return activities;
  }
}
