package io.followthrough.activities.store.ledger;

import io.followthrough.activities.store.SqlTime;
import io.followthrough.ledger.HumanTaskRef;
import io.followthrough.ledger.LedgerEvent;
import io.followthrough.ledger.LedgerEventType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes {@code ledger_event} rows. */
final class LedgerRows {

  // No conflict target: the idempotency key is the table's only unique key besides the identity,
  // and this form is accepted by both PostgreSQL and H2's PostgreSQL mode.
  static final String INSERT =
      "INSERT INTO ledger_event (idempotency_key, workflow_id, run_id, outcome_type, event_type,"
          + " sequence_no, stage, rung, reason_code, owner, task_id, task_role, task_priority,"
          + " task_due_at, task_context_ref, workflow_time, site)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";

  private static final String SELECT_BY_WORKFLOW =
      "SELECT * FROM ledger_event WHERE workflow_id = ?";

  private LedgerRows() {}

  /** Inserts the event unless its key is stored; true if inserted now. */
  static boolean insertIfAbsent(Connection connection, LedgerEvent e) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      bind(insert, e);
      return insert.executeUpdate() == 1;
    }
  }

  /** Binds the event to the parameters of {@link #INSERT}. */
  static void bind(PreparedStatement insert, LedgerEvent e) throws SQLException {
    insert.setString(1, e.idempotencyKey());
    insert.setString(2, e.workflowId());
    insert.setString(3, e.runId());
    insert.setString(4, e.outcomeType());
    insert.setString(5, e.type().code());
    insert.setLong(6, e.sequence());
    insert.setString(7, e.stage());
    insert.setInt(8, e.rung());
    insert.setString(9, e.reasonCode());
    insert.setString(10, e.owner());
    HumanTaskRef task = e.task();
    insert.setString(11, task == null ? null : task.taskId());
    insert.setString(12, task == null ? null : task.role());
    if (task == null) {
      insert.setNull(13, Types.INTEGER);
    } else {
      insert.setInt(13, task.priority());
    }
    SqlTime.set(insert, 14, task == null ? null : task.dueAt());
    insert.setString(15, task == null ? null : task.contextRef());
    SqlTime.set(insert, 16, e.workflowTime());
    insert.setString(17, e.site());
  }

  /** All stored events of one workflow (unordered; the projection sorts). */
  static List<LedgerEvent> forWorkflow(Connection connection, String workflowId)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(SELECT_BY_WORKFLOW)) {
      select.setString(1, workflowId);
      try (ResultSet rows = select.executeQuery()) {
        List<LedgerEvent> events = new ArrayList<>();
        while (rows.next()) {
          events.add(read(rows));
        }
        return events;
      }
    }
  }

  static LedgerEvent read(ResultSet rows) throws SQLException {
    String taskId = rows.getString("task_id");
    HumanTaskRef task =
        taskId == null
            ? null
            : new HumanTaskRef(
                taskId,
                rows.getString("task_role"),
                rows.getInt("task_priority"),
                SqlTime.get(rows, "task_due_at"),
                rows.getString("task_context_ref"));
    return new LedgerEvent(
        rows.getString("idempotency_key"),
        rows.getString("workflow_id"),
        rows.getString("run_id"),
        rows.getString("outcome_type"),
        LedgerEventType.fromCode(rows.getString("event_type")),
        rows.getLong("sequence_no"),
        rows.getString("stage"),
        rows.getInt("rung"),
        rows.getString("reason_code"),
        rows.getString("owner"),
        SqlTime.get(rows, "workflow_time"),
        task,
        rows.getString("site"));
  }
}
