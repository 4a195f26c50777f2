package io.followthrough.sdk;

import io.temporal.worker.Worker;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** How a worker finds and registers {@link OutcomeModule}s. */
public final class OutcomeModules {
  private OutcomeModules() {}

  /** Modules declared in {@code META-INF/services/io.followthrough.sdk.OutcomeModule}. */
  public static List<OutcomeModule> discover(ClassLoader loader) {
    List<OutcomeModule> modules = new ArrayList<>();
    ServiceLoader.load(OutcomeModule.class, loader).forEach(modules::add);
    return modules;
  }

  /**
   * Registers the module's workflow types and activity implementations on {@code worker}, which
   * must poll {@link OutcomeModule#taskQueue()}.
   */
  public static void register(Worker worker, OutcomeModule module, ModuleEnvironment environment) {
    if (!worker.getTaskQueue().equals(module.taskQueue())) {
      throw new IllegalArgumentException(
          "module "
              + module.name()
              + " runs on task queue "
              + module.taskQueue()
              + ", not "
              + worker.getTaskQueue());
    }
    worker.registerWorkflowImplementationTypes(
        module.workflowImplementationTypes().toArray(new Class<?>[0]));
    List<Object> activities = module.activityImplementations(environment);
    if (!activities.isEmpty()) {
      worker.registerActivitiesImplementations(activities.toArray());
    }
  }
}
