package io.followthrough.activities.store.audit;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.followthrough.activities.store.TestStore;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class AuditLogPostgresTest extends AuditLogContract {
  @Override
  TestStore openStore() {
    return TestStore.postgres(Clock.systemUTC());
  }

  @Override
  void liftGuard(Statement statement) throws SQLException {
    statement.execute("ALTER TABLE audit_log DISABLE TRIGGER USER");
  }

  @Test
  void databaseRefusesTruncate() {
    appendFive();
    assertThrows(
        SQLException.class,
        () -> {
          try (var connection = store.dataSource().getConnection();
              var statement = connection.createStatement()) {
            statement.execute("TRUNCATE audit_log");
          }
        });
  }
}
