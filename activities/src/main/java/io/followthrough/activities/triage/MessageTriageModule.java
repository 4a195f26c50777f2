package io.followthrough.activities.triage;

import io.followthrough.activities.practice.PracticeSandboxModule;
import io.followthrough.sdk.ModuleEnvironment;
import io.followthrough.sdk.OutcomeModule;
import io.followthrough.triage.MessageTriageWorkflowImpl;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in message triage outcome ({@code MessageTriage}, ids {@code message-triage/<key>}),
 * its policy from settings ({@link SettingsMessageTriagePolicy}), the classifier ({@link
 * MessageTriageProviders}: offline unless {@code followthrough.ai.provider} names a hosted model)
 * and, where the practice sandbox runs, the {@link SandboxPager}. A production worker supplies its
 * own {@code OnCallActivities} (the paging service's adapter). A bad default policy stops the
 * worker at start, naming the setting.
 */
public class MessageTriageModule implements OutcomeModule {

  /** Module name. */
  public static final String NAME = "message-triage";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Class<?>> workflowImplementationTypes() {
    return List.of(MessageTriageWorkflowImpl.class);
  }

  @Override
  public List<Object> activityImplementations(ModuleEnvironment environment) {
    SettingsMessageTriagePolicy policy = new SettingsMessageTriagePolicy(environment::setting);
    try {
      policy.read(null);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("message triage policy: " + e.getMessage(), e);
    }
    List<Object> out = new ArrayList<>();
    out.add(policy);
    out.add(MessageTriageProviders.create(environment::setting, System::getenv));
    if (PracticeSandboxModule.enabled(environment)) {
      out.add(
          new SandboxOnCallActivities(SandboxPager.forDataDirectory(environment.dataDirectory())));
    }
    return out;
  }
}
