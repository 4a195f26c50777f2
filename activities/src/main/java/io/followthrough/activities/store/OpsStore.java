package io.followthrough.activities.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.followthrough.activities.store.analytics.OpsAnalytics;
import io.followthrough.activities.store.audit.AuditLog;
import io.followthrough.activities.store.documents.DocumentIndex;
import io.followthrough.activities.store.ledger.JdbcLedgerActivities;
import io.followthrough.activities.store.ledger.LedgerMetrics;
import io.followthrough.activities.store.ledger.LedgerStore;
import io.followthrough.activities.store.ledger.ProjectionRebuilder;
import io.followthrough.activities.store.queue.WorkQueue;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.time.Clock;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The ops store: opens a pooled connection to PostgreSQL or the embedded H2 file store, migrates
 * the schema with Flyway, and hands out the ledger, work queue, audit log and analytics over it.
 *
 * <pre>{@code
 * try (OpsStore store = OpsStore.open(OpsStoreConfig.of(url, user, password))) {
 *   worker.registerActivitiesImplementations(store.ledgerActivities());
 * }
 * }</pre>
 */
public final class OpsStore implements AutoCloseable {

  private final HikariDataSource dataSource;
  private final Dialect dialect;
  private final Transactor transactor;
  private final Clock clock;
  private final LedgerMetrics metrics;

  private OpsStore(
      HikariDataSource dataSource, Dialect dialect, Clock clock, LedgerMetrics metrics) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.transactor = new Transactor(dataSource);
    this.clock = clock;
    this.metrics = metrics;
  }

  /** Connects, migrates and returns a ready store, with the system UTC clock. */
  public static OpsStore open(OpsStoreConfig config) {
    return open(config, Clock.systemUTC());
  }

  /**
   * As {@link #open(OpsStoreConfig)}, with the clock used for audit and queue timestamps. Outcome
   * metrics go to Micrometer's global registry.
   */
  public static OpsStore open(OpsStoreConfig config, Clock clock) {
    return open(config, clock, Metrics.globalRegistry);
  }

  /**
   * As {@link #open(OpsStoreConfig, Clock)}, with the registry that receives the outcome metrics
   * the ledger derives from newly stored events (docs/metrics.md).
   */
  public static OpsStore open(OpsStoreConfig config, Clock clock, MeterRegistry registry) {
    HikariConfig hikari = new HikariConfig();
    hikari.setJdbcUrl(config.jdbcUrl());
    hikari.setUsername(config.user());
    hikari.setPassword(config.password());
    hikari.setMaximumPoolSize(config.maxPoolSize());
    hikari.setPoolName("opsstore");
    if (config.schema() != null) {
      hikari.setSchema(config.schema());
    }
    HikariDataSource dataSource;
    try {
      // Fails fast when the database is down: a worker should not start without its store.
      dataSource = new HikariDataSource(hikari);
    } catch (RuntimeException e) {
      throw new StoreException("ops store unreachable for " + config + ": " + rootMessage(e), e);
    }
    try {
      migrate(dataSource, config.dialect(), config.schema());
    } catch (RuntimeException e) {
      dataSource.close();
      throw new StoreException(
          "ops store migration failed for " + config + ": " + rootMessage(e), e);
    }
    return new OpsStore(dataSource, config.dialect(), clock, new LedgerMetrics(registry));
  }

  private static void migrate(DataSource dataSource, Dialect dialect, String schema) {
    var flyway =
        Flyway.configure()
            .dataSource(dataSource)
            .locations(dialect.migrationLocations())
            .failOnMissingLocations(true);
    if (schema != null) {
      flyway.schemas(schema).defaultSchema(schema);
    }
    flyway.load().migrate();
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage();
  }

  public Dialect dialect() {
    return dialect;
  }

  /** The pooled data source, for read-only tools (and tests). */
  public DataSource dataSource() {
    return dataSource;
  }

  public Transactor transactor() {
    return transactor;
  }

  /** Ledger writes with projection updates (and outcome metrics from newly stored events). */
  public LedgerStore ledger() {
    return new LedgerStore(transactor, metrics);
  }

  /** The Temporal activity implementation of {@code LedgerActivities}. */
  public JdbcLedgerActivities ledgerActivities() {
    return new JdbcLedgerActivities(ledger());
  }

  public ProjectionRebuilder rebuilder() {
    return new ProjectionRebuilder(transactor);
  }

  public AuditLog auditLog() {
    return new AuditLog(transactor, clock);
  }

  public WorkQueue workQueue() {
    return new WorkQueue(transactor, auditLog(), clock);
  }

  public DocumentIndex documents() {
    return new DocumentIndex(transactor);
  }

  public OpsAnalytics analytics() {
    return new OpsAnalytics(dataSource, clock, dialect);
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
