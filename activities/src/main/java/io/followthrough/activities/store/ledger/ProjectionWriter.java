package io.followthrough.activities.store.ledger;

import io.followthrough.activities.store.SqlTime;
import io.followthrough.ledger.LedgerEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/** Writes one outcome's projection rows, under that outcome's lock row. */
final class ProjectionWriter {

  private static final String UPDATE_TASK =
      "UPDATE human_task SET workflow_id = ?, outcome_type = ?, role = ?, priority = ?, due_at = ?,"
          + " context_ref = ?, opened_at = ?, resolved_at = COALESCE(?, resolved_at),"
          + " resolution_code = COALESCE(?, resolution_code),"
          + " status = CASE WHEN ? THEN 'resolved'"
          + " WHEN status = 'resolved' AND resolved_at IS NULL THEN 'open' ELSE status END"
          + " WHERE task_id = ?";

  private static final String INSERT_TASK =
      "INSERT INTO human_task (workflow_id, outcome_type, role, priority, due_at, context_ref,"
          + " opened_at, resolved_at, resolution_code, status, task_id)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private ProjectionWriter() {}

  /**
   * Takes the per-outcome lock: concurrent writers of one outcome queue here, so each sees the
   * events the other committed before it re-folds.
   */
  static void lock(Connection connection, String workflowId) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO outcome_lock (workflow_id) VALUES (?) ON CONFLICT DO NOTHING")) {
      insert.setString(1, workflowId);
      insert.executeUpdate();
    }
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT workflow_id FROM outcome_lock WHERE workflow_id = ? FOR UPDATE")) {
      select.setString(1, workflowId);
      select.executeQuery().close();
    }
  }

  /** Re-derives the outcome's rows from all its stored ledger events, and returns those events. */
  static List<LedgerEvent> reproject(Connection connection, String workflowId) throws SQLException {
    List<LedgerEvent> stored = LedgerRows.forWorkflow(connection, workflowId);
    write(connection, OutcomeProjection.fold(stored));
    return stored;
  }

  static void write(Connection connection, ProjectedOutcome projection) throws SQLException {
    OutcomeState o = projection.outcome();
    // The analytics rollups (migration V12) take the difference between the stays stored so far
    // and the new ones.
    List<AnalyticsRollups.Stay> before = AnalyticsRollups.stored(connection, o.workflowId());
    delete(connection, "DELETE FROM outcome WHERE workflow_id = ?", o.workflowId());
    delete(connection, "DELETE FROM stage_visit WHERE workflow_id = ?", o.workflowId());
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO outcome (workflow_id, run_id, outcome_type, current_stage, status, owner,"
                + " needs_human, open_tasks, escalation_level, max_escalation_level,"
                + " last_reason_code, started_at, closed_at, last_event_at, event_count, site)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, o.workflowId());
      insert.setString(2, o.runId());
      insert.setString(3, o.outcomeType());
      insert.setString(4, o.currentStage());
      insert.setString(5, o.status());
      insert.setString(6, o.owner());
      insert.setBoolean(7, o.needsHuman());
      insert.setInt(8, o.openTasks());
      insert.setInt(9, o.escalationLevel());
      insert.setInt(10, o.maxEscalationLevel());
      insert.setString(11, o.lastReasonCode());
      SqlTime.set(insert, 12, o.startedAt());
      SqlTime.set(insert, 13, o.closedAt());
      SqlTime.set(insert, 14, o.lastEventAt());
      insert.setInt(15, o.eventCount());
      insert.setString(16, o.site());
      insert.executeUpdate();
    }
    if (!projection.visits().isEmpty()) {
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO stage_visit (workflow_id, visit_no, outcome_type, stage, entered_at,"
                  + " left_at, duration_ms, owner, started_at, status, site)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (StageVisit v : projection.visits()) {
          insert.setString(1, o.workflowId());
          insert.setInt(2, v.visitNo());
          insert.setString(3, o.outcomeType());
          insert.setString(4, v.stage());
          SqlTime.set(insert, 5, v.enteredAt());
          SqlTime.set(insert, 6, v.leftAt());
          if (v.durationMs() == null) {
            insert.setNull(7, Types.BIGINT);
          } else {
            insert.setLong(7, v.durationMs());
          }
          // The outcome's filter columns, so analytics never join (migration V11).
          insert.setString(8, o.owner());
          SqlTime.set(insert, 9, o.startedAt());
          insert.setString(10, o.status());
          insert.setString(11, o.site());
          insert.addBatch();
        }
        insert.executeBatch();
      }
    }
    AnalyticsRollups.apply(
        connection, o.workflowId(), before, AnalyticsRollups.projected(o, projection.visits()));
    for (TaskState task : projection.tasks()) {
      writeTask(connection, o, task);
    }
  }

  // Staff-owned columns (claimed_by, snooze, a resolution marked by WorkQueue.markResolved before
  // the ledger's resolved event arrives) survive re-projection; only resolution overrides them.
  private static void writeTask(Connection connection, OutcomeState o, TaskState task)
      throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(UPDATE_TASK)) {
      bindTask(update, o, task);
      update.setBoolean(10, task.resolved());
      update.setString(11, task.ref().taskId());
      if (update.executeUpdate() == 1) {
        return;
      }
    }
    try (PreparedStatement insert = connection.prepareStatement(INSERT_TASK)) {
      bindTask(insert, o, task);
      insert.setString(10, task.resolved() ? "resolved" : "open");
      insert.setString(11, task.ref().taskId());
      insert.executeUpdate();
    }
  }

  private static void bindTask(PreparedStatement statement, OutcomeState o, TaskState task)
      throws SQLException {
    statement.setString(1, o.workflowId());
    statement.setString(2, o.outcomeType());
    statement.setString(3, task.ref().role());
    statement.setInt(4, task.ref().priority());
    SqlTime.set(statement, 5, task.ref().dueAt());
    statement.setString(6, task.ref().contextRef());
    SqlTime.set(statement, 7, task.openedAt());
    SqlTime.set(statement, 8, task.resolvedAt());
    statement.setString(9, task.resolutionCode());
  }

  private static void delete(Connection connection, String sql, String workflowId)
      throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement(sql)) {
      delete.setString(1, workflowId);
      delete.executeUpdate();
    }
  }
}
