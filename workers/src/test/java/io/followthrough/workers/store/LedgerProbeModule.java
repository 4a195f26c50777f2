package io.followthrough.workers.store;

import io.followthrough.sdk.ModuleEnvironment;
import io.followthrough.sdk.OutcomeModule;
import java.util.List;

/** Test module (not in META-INF/services): only the probe workflow, no activities of its own. */
final class LedgerProbeModule implements OutcomeModule {

  static final String QUEUE = "store-probe";

  @Override
  public String name() {
    return "store-probe";
  }

  @Override
  public String taskQueue() {
    return QUEUE;
  }

  @Override
  public List<Class<?>> workflowImplementationTypes() {
    return List.of(LedgerProbeImpl.class);
  }

  @Override
  public List<Object> activityImplementations(ModuleEnvironment environment) {
    return List.of();
  }
}
