package io.followthrough.workers.runtime;

import io.followthrough.activities.store.audit.AuditLog;
import io.followthrough.ledger.LedgerActivities;
import io.followthrough.sdk.ModuleEnvironment;
import io.followthrough.sdk.OutcomeModule;
import io.followthrough.workers.audit.PhiAccessAudit;
import io.followthrough.workers.audit.PhiActivityTypes;
import io.followthrough.workers.store.HistoryOnlyLedger;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerFactoryOptions;
import io.temporal.worker.WorkerOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Polls Temporal for the workflows and activities of every outcome module. */
public final class WorkerRuntime implements AutoCloseable {

  private static final Duration DEV_DEADLOCK_DETECTION = Duration.ofSeconds(10);

  private final WorkerFactory factory;
  private final Map<String, List<String>> modulesByQueue;

  private WorkerRuntime(WorkerFactory factory, Map<String, List<String>> modulesByQueue) {
    this.factory = factory;
    this.modulesByQueue = modulesByQueue;
  }

  /** Registers each module on its task queue (one worker per queue) and starts polling. */
  public static WorkerRuntime start(
      WorkflowClient client, List<OutcomeModule> modules, ModuleEnvironment environment) {
    return start(client, modules, environment, List.of());
  }

  /**
   * As {@link #start(WorkflowClient, List, ModuleEnvironment)}, and registers {@code shared}
   * activity implementations (e.g. the ops store's {@code LedgerActivities}) on every task queue,
   * so any module's workflows can call them on their own queue.
   */
  public static WorkerRuntime start(
      WorkflowClient client,
      List<OutcomeModule> modules,
      ModuleEnvironment environment,
      List<Object> shared) {
    return start(client, modules, environment, shared, null);
  }

  /**
   * As {@link #start(WorkflowClient, List, ModuleEnvironment, List)}, and with an audit log, writes
   * one audit row per execution of a PHI-touching activity ({@link PhiAccessAudit}, actor {@code
   * worker:<client identity>}). Without a {@code LedgerActivities} among {@code shared} (no ops
   * store), every queue gets a {@link HistoryOnlyLedger}, so outcomes still finish.
   *
   * @param phiAudit the ops store's audit log, or null when the worker has no store
   */
  public static WorkerRuntime start(
      WorkflowClient client,
      List<OutcomeModule> modules,
      ModuleEnvironment environment,
      List<Object> shared,
      AuditLog phiAudit) {
    try {
      Files.createDirectories(environment.dataDirectory());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create data directory", e);
    }
    WorkerFactoryOptions.Builder factoryOptions = WorkerFactoryOptions.newBuilder();
    if (phiAudit != null) {
      factoryOptions.setWorkerInterceptors(
          new PhiAccessAudit(phiAudit, client.getOptions().getIdentity(), PhiActivityTypes.ALL));
    }
    WorkerFactory factory = WorkerFactory.newInstance(client, factoryOptions.build());
    Map<String, Worker> workers = new LinkedHashMap<>();
    Map<String, List<String>> names = new LinkedHashMap<>();
    for (OutcomeModule module : modules) {
      Class<?>[] workflowTypes = module.workflowImplementationTypes().toArray(Class<?>[]::new);
      List<Object> activities = module.activityImplementations(environment);
      if (workflowTypes.length == 0 && activities.isEmpty()) {
        continue; // switched off by its settings (e.g. practice-sandbox outside dev): not listed
      }
      Worker worker =
          workers.computeIfAbsent(
              module.taskQueue(), queue -> factory.newWorker(queue, options(environment)));
      if (workflowTypes.length > 0) {
        worker.registerWorkflowImplementationTypes(workflowTypes);
      }
      if (!activities.isEmpty()) {
        worker.registerActivitiesImplementations(activities.toArray());
      }
      names.computeIfAbsent(module.taskQueue(), q -> new ArrayList<>()).add(module.name());
    }
    List<Object> everyQueue = new ArrayList<>(shared);
    if (everyQueue.stream().noneMatch(a -> a instanceof LedgerActivities)) {
      everyQueue.add(new HistoryOnlyLedger());
    }
    workers.values().forEach(w -> w.registerActivitiesImplementations(everyQueue.toArray()));
    factory.start();
    return new WorkerRuntime(factory, Map.copyOf(names));
  }

  private static WorkerOptions options(ModuleEnvironment environment) {
    WorkerOptions.Builder options = WorkerOptions.newBuilder();
    if (environment.devMode()) {
      // Dev machines run IDEs, builds and debuggers: a workflow thread starved for 1 s (the SDK's
      // deadlock detection default) is load there, not a deadlock. Production keeps the default.
      options.setDefaultDeadlockDetectionTimeout(DEV_DEADLOCK_DETECTION.toMillis());
    }
    return options.build();
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
