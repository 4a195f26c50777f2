package io.followthrough.workers.ops;

import io.followthrough.activities.store.OpsStore;
import io.followthrough.workers.intake.DocumentIntake;
import io.followthrough.workers.runtime.OutcomeModules;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.temporal.client.WorkflowClient;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The service layer as beans, shared by the HTTP API and the gRPC API: one instance of each
 * operation over the process's Temporal client and ops store (which may be absent: then the
 * operations that need it answer UNAVAILABLE).
 */
@Factory
public class OpsServicesFactory {

  @Singleton
  OpsAuditor auditor(@Nullable OpsStore store) {
    return new OpsAuditor(store);
  }

  /** Threads for Temporal queries, so one page's queries run side by side. */
  @Singleton
  @Named("workflow-queries")
  @Bean(preDestroy = "shutdownNow")
  ExecutorService queryExecutor() {
    AtomicInteger count = new AtomicInteger();
    return Executors.newFixedThreadPool(
        8,
        runnable -> {
          Thread thread = new Thread(runnable, "workflow-query-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
  }

  @Singleton
  @Requires(beans = WorkflowClient.class)
  WorkflowReads workflowReads(
      WorkflowClient client,
      @Named("workflow-queries") ExecutorService executor,
      @Value("${followthrough.api.query-timeout:5s}") Duration queryTimeout) {
    return new WorkflowReads(client, executor, queryTimeout);
  }

  @Singleton
  WorkflowTypes workflowTypes() {
    return WorkflowTypes.of(OutcomeModules.discover());
  }

  @Singleton
  @Requires(beans = WorkflowClient.class)
  TaskOperations taskOperations(OpsAuditor auditor, WorkflowReads reads) {
    return new TaskOperations(auditor, reads, Clock.systemUTC());
  }

  @Singleton
  @Requires(beans = WorkflowClient.class)
  OutcomeOperations outcomeOperations(
      OpsAuditor auditor, WorkflowReads reads, WorkflowTypes types) {
    return new OutcomeOperations(auditor, reads, types);
  }

  @Singleton
  @Requires(beans = WorkflowClient.class)
  DocumentOperations documentOperations(
      OpsAuditor auditor, WorkflowReads reads, DocumentIntake intake) {
    return new DocumentOperations(auditor, reads, intake);
  }

  @Singleton
  AnalyticsOperations analyticsOperations(OpsAuditor auditor) {
    return new AnalyticsOperations(auditor);
  }

  @Singleton
  AuditOperations auditOperations(OpsAuditor auditor) {
    return new AuditOperations(auditor);
  }
}
