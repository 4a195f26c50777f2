package io.followthrough.workers.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import io.temporal.serviceclient.WorkflowServiceStubs;
import jakarta.inject.Singleton;
import java.util.Map;
import org.reactivestreams.Publisher;

/** Ready only while the Temporal frontend answers its gRPC health check. */
@Singleton
@Readiness
@Requires(beans = WorkflowServiceStubs.class)
public final class TemporalHealthIndicator implements HealthIndicator {

  private final WorkflowServiceStubs stubs;

  public TemporalHealthIndicator(WorkflowServiceStubs stubs) {
    this.stubs = stubs;
  }

  @Override
  public Publisher<HealthResult> getResult() {
    return Publishers.just(check());
  }

  private HealthResult check() {
    HealthResult.Builder result = HealthResult.builder("temporal");
    try {
      stubs.healthCheck();
      return result.status(HealthStatus.UP).build();
    } catch (RuntimeException e) {
      return result
          .status(HealthStatus.DOWN)
          .details(Map.of("error", e.getClass().getSimpleName()))
          .build();
    }
  }
}
