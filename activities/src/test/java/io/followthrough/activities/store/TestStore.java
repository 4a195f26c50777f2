package io.followthrough.activities.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A fresh, migrated ops store for one test class: a new PostgreSQL schema (dropped on close) or a
 * new H2 file store in a temporary folder. PostgreSQL is required: if it is not reachable the test
 * fails with a message saying so, it is never skipped.
 */
public final class TestStore implements AutoCloseable {

  /** Override with {@code -Dfollowthrough.test.pg.url=…} to point at another server. */
  public static final String PG_URL =
      System.getProperty("followthrough.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");

  public static final String PG_USER = System.getProperty("followthrough.test.pg.user", "postgres");

  private final OpsStore store;
  private final Runnable cleanup;

  private TestStore(OpsStore store, Runnable cleanup) {
    this.store = store;
    this.cleanup = cleanup;
  }

  public static TestStore postgres(Clock clock) {
    return postgres(clock, 6);
  }

  /** As {@link #postgres(Clock)} with a pool of {@code poolSize} connections (benchmarks). */
  public static TestStore postgres(Clock clock, int poolSize) {
    requirePostgres();
    String schema = "ft_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    Runnable drop = () -> execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    OpsStore store;
    try {
      store =
          OpsStore.open(
              OpsStoreConfig.of(PG_URL, PG_USER, "").withSchema(schema).withMaxPoolSize(poolSize),
              clock);
    } catch (RuntimeException e) {
      drop.run(); // a failed migration must not leave its schema behind
      throw e;
    }
    return new TestStore(store, drop);
  }

  public static TestStore h2(Clock clock) {
    try {
      Path dir = Files.createTempDirectory("opsstore-h2-");
      OpsStore store = OpsStore.open(OpsStoreConfig.embedded(dir).withMaxPoolSize(6), clock);
      return new TestStore(store, () -> deleteTree(dir));
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot create a temporary folder for H2", e);
    }
  }

  public OpsStore store() {
    return store;
  }

  @Override
  public void close() {
    store.close();
    cleanup.run();
  }

  private static void requirePostgres() {
    try (Connection ignored =
        DriverManager.getConnection(PG_URL + "?connectTimeout=5", PG_USER, "")) {
      // reachable
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL is required for the ops store tests and is not reachable at "
              + PG_URL
              + " as user "
              + PG_USER
              + " (SQLState "
              + e.getSQLState()
              + "). Start it (CI: .ci/run starts it) — these tests never skip.",
          e);
    }
  }

  private static void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(PG_URL, PG_USER, "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("test cleanup failed: " + e.getMessage(), e);
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot delete " + dir, e);
    }
  }
}
