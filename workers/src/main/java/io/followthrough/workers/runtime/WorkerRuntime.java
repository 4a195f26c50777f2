package io.followthrough.workers.runtime;

import io.followthrough.sdk.ModuleEnvironment;
import io.followthrough.sdk.OutcomeModule;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Polls Temporal for the workflows and activities of every outcome module. */
public final class WorkerRuntime implements AutoCloseable {

  private final WorkerFactory factory;
  private final Map<String, List<String>> modulesByQueue;

  private WorkerRuntime(WorkerFactory factory, Map<String, List<String>> modulesByQueue) {
    this.factory = factory;
    this.modulesByQueue = modulesByQueue;
  }

  /** Registers each module on its task queue (one worker per queue) and starts polling. */
  public static WorkerRuntime start(
      WorkflowClient client, List<OutcomeModule> modules, ModuleEnvironment environment) {
    try {
      Files.createDirectories(environment.dataDirectory());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create data directory", e);
    }
    WorkerFactory factory = WorkerFactory.newInstance(client);
    Map<String, Worker> workers = new LinkedHashMap<>();
    Map<String, List<String>> names = new LinkedHashMap<>();
    for (OutcomeModule module : modules) {
      Worker worker = workers.computeIfAbsent(module.taskQueue(), factory::newWorker);
      Class<?>[] workflowTypes = module.workflowImplementationTypes().toArray(Class<?>[]::new);
      if (workflowTypes.length > 0) {
        worker.registerWorkflowImplementationTypes(workflowTypes);
      }
      List<Object> activities = module.activityImplementations(environment);
      if (!activities.isEmpty()) {
        worker.registerActivitiesImplementations(activities.toArray());
      }
      names
          .computeIfAbsent(module.taskQueue(), q -> new java.util.ArrayList<>())
          .add(module.name());
    }
    factory.start();
    return new WorkerRuntime(factory, Map.copyOf(names));
  }

  /** Module names per task queue, for the startup banner. */
  public Map<String, List<String>> modulesByQueue() {
    return modulesByQueue;
  }

  /** Stops polling, lets running tasks finish for a few seconds. */
  @Override
  public void close() {
    factory.shutdown();
    factory.awaitTermination(10, TimeUnit.SECONDS);
    if (!factory.isTerminated()) {
      factory.shutdownNow();
    }
  }
}
