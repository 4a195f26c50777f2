package io.followthrough.activities.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migration V11 on a store that already holds outcomes: the stays get their outcome's owner, site,
 * start time and status, so analytics without the join see the old rows too.
 */
class StageVisitBackfillTest {

  @TempDir Path dir;

  @Test
  void existingStaysAreBackfilledOnPostgres() throws Exception {
    String schema = "ft_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try {
      check(TestStore.PG_URL, TestStore.PG_USER, schema, Dialect.POSTGRESQL);
    } finally {
      try (Connection c = DriverManager.getConnection(TestStore.PG_URL, TestStore.PG_USER, "");
          Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
  }

  @Test
  void existingStaysAreBackfilledOnH2() throws Exception {
    OpsStoreConfig h2 = OpsStoreConfig.embedded(Files.createDirectories(dir.resolve("h2")));
    check(h2.jdbcUrl(), h2.user(), null, Dialect.H2);
  }

  private static void check(String url, String user, String schema, Dialect dialect)
      throws Exception {
    var configuration =
        Flyway.configure()
            .dataSource(url, user, "")
            .locations(dialect.migrationLocations())
            .failOnMissingLocations(true);
    if (schema != null) {
      configuration.schemas(schema).defaultSchema(schema);
    }
    configuration.target("10").load().migrate();
    try (Connection c = connect(url, user, schema);
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO outcome (workflow_id, run_id, outcome_type, current_stage, status, owner,"
              + " needs_human, open_tasks, escalation_level, max_escalation_level, started_at,"
              + " last_event_at, event_count, site) VALUES ('referral/b1', 'run-1', 'referral',"
              + " 'verify', 'completed', 'u-3', FALSE, 0, 0, 0, TIMESTAMP WITH TIME ZONE"
              + " '2026-03-02 09:00:00+00', TIMESTAMP WITH TIME ZONE '2026-03-02 10:00:00+00', 3,"
              + " 'clinic-north')");
      s.executeUpdate(
          "INSERT INTO stage_visit (workflow_id, visit_no, outcome_type, stage, entered_at)"
              + " VALUES ('referral/b1', 1, 'referral', 'intake', TIMESTAMP WITH TIME ZONE"
              + " '2026-03-02 09:00:00+00')");
    }
    configuration.target("latest").load().migrate();
    try (Connection c = connect(url, user, schema);
        Statement s = c.createStatement();
        ResultSet rows =
            s.executeQuery(
                "SELECT owner, status, started_at, site FROM stage_visit"
                    + " WHERE workflow_id = 'referral/b1'")) {
      rows.next();
      assertEquals("u-3", rows.getString(1));
      assertEquals("completed", rows.getString(2));
      assertEquals(
          java.time.Instant.parse("2026-03-02T09:00:00Z"),
          rows.getObject(3, java.time.OffsetDateTime.class).toInstant());
      assertEquals("clinic-north", rows.getString(4));
    }
  }

  private static Connection connect(String url, String user, String schema) throws Exception {
    Connection c = DriverManager.getConnection(url, user, "");
    if (schema != null) {
      c.setSchema(schema);
    }
    return c;
  }
}
