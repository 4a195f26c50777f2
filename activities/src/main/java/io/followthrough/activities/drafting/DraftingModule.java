package io.followthrough.activities.drafting;

import io.followthrough.drafting.DraftingActivities;
import io.followthrough.sdk.ModuleEnvironment;
import io.followthrough.sdk.OutcomeModule;
import java.util.List;

/**
 * Registers {@link DraftingActivities} (activity types {@code DraftingDraft}, {@code
 * DraftingTriage}, {@code DraftingInterpretReply}) on the default task queue, for any outcome
 * workflow there. The implementation is chosen by {@link DraftingProviders}: offline unless {@code
 * followthrough.ai.provider} names a hosted model. No workflows.
 */
public class DraftingModule implements OutcomeModule {

  /** Module name. */
  public static final String NAME = "drafting";

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
    return List.of(DraftingProviders.create(environment::setting, System::getenv));
  }
}
