package io.followthrough.workers.metrics;

import com.uber.m3.tally.RootScopeBuilder;
import com.uber.m3.tally.Scope;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.temporal.common.reporter.MicrometerClientStatsReporter;
import jakarta.inject.Singleton;

/**
 * Feeds the Temporal SDK's metrics (workflow and activity task latencies, poll counts, failures)
 * into Micronaut's MeterRegistry, so {@code /prometheus} shows them beside the HTTP metrics. The
 * SDK tags by namespace, task queue, workflow type, activity type and operation — never by workflow
 * id or payload — so no PHI reaches a label.
 */
@Factory
public class TemporalMetricsFactory {

  /** Reports every second; closed with the application context so its reporter thread ends. */
  @Singleton
  @Bean(preDestroy = "close")
  Scope temporalMetricsScope(MeterRegistry registry) {
    return new RootScopeBuilder()
        .reporter(new MicrometerClientStatsReporter(registry))
        .reportEvery(com.uber.m3.util.Duration.ofSeconds(1));
  }
}
