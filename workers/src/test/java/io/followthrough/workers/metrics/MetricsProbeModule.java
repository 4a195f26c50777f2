package io.followthrough.workers.metrics;

import io.followthrough.sdk.ModuleEnvironment;
import io.followthrough.sdk.OutcomeModule;
import java.util.List;

/** Test module (not in META-INF/services): the probe workflow on its own queue. */
final class MetricsProbeModule implements OutcomeModule {

  static final String QUEUE = "metrics-probe";

  @Override
  public String name() {
    return "metrics-probe";
  }

  @Override
  public String taskQueue() {
    return QUEUE;
  }

  @Override
  public List<Class<?>> workflowImplementationTypes() {
    return List.of(MetricsProbeImpl.class);
  }

  @Override
  public List<Object> activityImplementations(ModuleEnvironment environment) {
    return List.of();
  }
}
