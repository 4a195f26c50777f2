package io.followthrough.workers.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.activities.store.OpsStore;
import io.followthrough.workers.cli.CliErrors;
import io.followthrough.workers.cli.ExitCodes;
import io.followthrough.workers.codec.KeyRing;
import io.followthrough.workers.runtime.HttpRuntime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The factory against the local PostgreSQL (127.0.0.1:5432, database test, user postgres). */
class PostgresStoreWiringTest {

  private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";

  static {
    if (System.getProperty("followthrough.codec.keys") == null) {
      System.setProperty("followthrough.codec.keys", KeyRing.newKeyLine("test"));
    }
  }

  @Test
  void configuredUrlConnectsAndMigratesItsSchema() throws Exception {
    String schema = "wire_store_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (HttpRuntime http =
        HttpRuntime.start(
            Map.of(
                "followthrough.store.url", URL,
                "followthrough.store.user", "postgres",
                "followthrough.store.schema", schema))) {
      List<Object> activities = OpsStoreActivities.of(http);
      assertEquals(1, activities.size(), "LedgerActivities registered from the configured store");
      OpsStore store = http.findBean(OpsStore.class).orElseThrow();
      assertEquals("POSTGRESQL", store.dialect().name());
      assertTrue(tableCount(schema) >= 8, "migrated tables in " + schema);
    } finally {
      try (Connection connection = DriverManager.getConnection(URL, "postgres", null);
          Statement statement = connection.createStatement()) {
        statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
  }

  @Test
  void noUrlOutsideDevModeMeansNoStore() {
    try (HttpRuntime http = HttpRuntime.start(Map.of("followthrough.dev-mode", false))) {
      assertTrue(OpsStoreActivities.of(http).isEmpty());
      assertFalse(http.findBean(OpsStore.class).isPresent());
    }
  }

  @Test
  void unreachableDatabaseIsOneLineAndAConnectionExit() {
    try (HttpRuntime http =
        HttpRuntime.start(
            Map.of(
                "followthrough.store.url", "jdbc:postgresql://127.0.0.1:1/test",
                "followthrough.store.user", "postgres",
                "followthrough.store.password", "s3cret-not-logged"))) {
      RuntimeException e = assertThrows(RuntimeException.class, () -> OpsStoreActivities.of(http));
      String message = CliErrors.message(e);
      assertTrue(message.startsWith("ops store unreachable"), message);
      assertFalse(message.contains("\n"), message);
      assertFalse(message.contains("s3cret"), message);
      assertEquals(ExitCodes.CONNECTION, CliErrors.exitCode(e));
    }
  }

  private static int tableCount(String schema) throws Exception {
    try (Connection connection = DriverManager.getConnection(URL, "postgres", null);
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = '"
                    + schema
                    + "'")) {
      rows.next();
      return rows.getInt(1);
    }
  }
}
