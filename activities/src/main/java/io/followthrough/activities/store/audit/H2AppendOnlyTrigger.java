package io.followthrough.activities.store.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** The embedded store's guard on {@code audit_log}: refuses UPDATE and DELETE. */
public final class H2AppendOnlyTrigger implements Trigger {

  @Override
  public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
    throw new SQLException("audit_log is append-only: change refused", "42501");
  }
}
