package io.followthrough.activities.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MigrationsTest {

  private static final Set<String> TABLES =
      Set.of(
          "ledger_event",
          "outcome_lock",
          "outcome",
          "stage_visit",
          "human_task",
          "audit_log",
          "audit_chain_head",
          "document_index");

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void migrationsCreateEveryTableAndAreRepeatable(Dialect dialect) throws SQLException {
    try (TestStore test = open(dialect)) {
      Set<String> tables = new TreeSet<>();
      try (Connection connection = test.store().dataSource().getConnection();
          ResultSet rows =
              connection
                  .getMetaData()
                  .getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
        while (rows.next()) {
          tables.add(rows.getString("TABLE_NAME").toLowerCase());
        }
      }
      assertTrue(tables.containsAll(TABLES), "tables present: " + tables);
      assertTrue(tables.contains("flyway_schema_history"), "Flyway history: " + tables);
      assertEquals(dialect, test.store().dialect());
    }
  }

  private static TestStore open(Dialect dialect) {
    return dialect == Dialect.POSTGRESQL
        ? TestStore.postgres(Clock.systemUTC())
        : TestStore.h2(Clock.systemUTC());
  }
}
