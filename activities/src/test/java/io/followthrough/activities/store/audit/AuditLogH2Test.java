package io.followthrough.activities.store.audit;

import io.followthrough.activities.store.TestStore;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;

class AuditLogH2Test extends AuditLogContract {
  @Override
  TestStore openStore() {
    return TestStore.h2(Clock.systemUTC());
  }

  @Override
  void liftGuard(Statement statement) throws SQLException {
    statement.execute("DROP TRIGGER IF EXISTS audit_log_append_only");
  }
}
