package io.followthrough.workers.store;

import io.followthrough.activities.store.OpsStore;
import io.followthrough.activities.store.OpsStoreConfig;
import io.followthrough.workers.runtime.ConfigurationProblem;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The ops store of a worker process (docs/ops-store.md, "Wiring"): PostgreSQL when {@code
 * followthrough.store.url} is set, else in dev mode the embedded H2 file store under {@code
 * <data-dir>/store}. Outside dev mode without a URL there is no store bean: the worker runs without
 * the ledger activities and intake does not index documents. The ledger's outcome metrics go to the
 * application's MeterRegistry, so {@code /prometheus} shows them.
 */
@Factory
public class OpsStoreFactory {

  /** The configured database; migrates on first use, fails with a one-line StoreException. */
  @Singleton
  @Named("configured")
  @Bean(preDestroy = "close")
  @Requires(property = "followthrough.store.url")
  OpsStore configuredStore(
      @Value("${followthrough.store.url}") String url,
      @Nullable @Value("${followthrough.store.user:}") String user,
      @Nullable @Value("${followthrough.store.password:}") String password,
      @Nullable @Value("${followthrough.store.schema:}") String schema,
      @Nullable MeterRegistry registry) {
    OpsStoreConfig config;
    try {
      config = OpsStoreConfig.of(url, blankToNull(user), blankToNull(password));
    } catch (IllegalArgumentException e) {
      // Never echo the URL: it may carry a password.
      throw new ConfigurationProblem("followthrough.store.url: " + e.getMessage(), e);
    }
    String chosenSchema = blankToNull(schema);
    return OpsStore.open(
        chosenSchema == null ? config : config.withSchema(chosenSchema),
        Clock.systemUTC(),
        orGlobal(registry));
  }

  /**
   * The embedded dev store, when dev mode has no URL configured. H2 locks its file to one process,
   * so `dev --no-worker` sets {@code followthrough.store.embedded=false} and leaves the file to the
   * `worker --sandbox` it is meant to be paired with.
   */
  @Singleton
  @Named("embedded")
  @Bean(preDestroy = "close")
  @Requires(property = "followthrough.dev-mode", value = "true")
  @Requires(missingProperty = "followthrough.store.url")
  @Requires(property = "followthrough.store.embedded", notEquals = "false")
  OpsStore embeddedStore(
      @Value("${followthrough.data-dir:.followthrough}") String dataDirectory,
      @Nullable MeterRegistry registry) {
    return OpsStore.open(
        OpsStoreConfig.embedded(Path.of(dataDirectory).resolve("store")),
        Clock.systemUTC(),
        orGlobal(registry));
  }

  // Outcome metrics go to the app's registry (/prometheus); Micrometer's global one when metrics
  // are switched off (micronaut.metrics.enabled=false).
  private static MeterRegistry orGlobal(MeterRegistry registry) {
    return registry != null ? registry : Metrics.globalRegistry;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
