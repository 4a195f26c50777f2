package io.followthrough.sdk;

import java.util.List;

/**
 * A deployable set of outcome workflows and the activities they call.
 *
 * <p>The worker discovers modules with {@link java.util.ServiceLoader} (a {@code
 * META-INF/services/io.followthrough.sdk.OutcomeModule} entry), registers their workflow and
 * activity implementations on {@link #taskQueue()}, and from then on the CLI, API, inbox and
 * analytics treat them like built-in outcomes. Built-in outcomes are written exactly this way.
 */
public interface OutcomeModule {

  /** Task queue used when a module does not choose its own. */
  String DEFAULT_TASK_QUEUE = "followthrough";

  /** Short, stable module name, e.g. {@code "lab-result-follow-up"}. Used in logs and listings. */
  String name();

  /** Task queue the module's workflows and activities are registered on. */
  default String taskQueue() {
    return DEFAULT_TASK_QUEUE;
  }

  /** Workflow implementation classes (each with a public no-argument constructor). */
  List<Class<?>> workflowImplementationTypes();

  /**
   * Activity implementation instances, built once per worker from the environment.
   *
   * @param environment where the module may keep files and read its settings
   */
  List<Object> activityImplementations(ModuleEnvironment environment);
}
