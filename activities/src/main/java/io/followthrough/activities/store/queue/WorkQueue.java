package io.followthrough.activities.store.queue;

import io.followthrough.activities.store.SqlTime;
import io.followthrough.activities.store.Transactor;
import io.followthrough.activities.store.access.Action;
import io.followthrough.activities.store.access.Actor;
import io.followthrough.activities.store.access.Permissions;
import io.followthrough.activities.store.access.Role;
import io.followthrough.activities.store.audit.AuditEntry;
import io.followthrough.activities.store.audit.AuditLog;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The exception inbox: staff list, claim and snooze human tasks. Each call checks the actor's
 * permission; each change is audited in the same transaction. Resolving goes through the outcome's
 * workflow (an Update), whose ledger event closes the task here.
 */
public final class WorkQueue {

  private static final String INBOX =
      "SELECT * FROM human_task WHERE (status IN ('open', 'claimed')"
          + " OR (status = 'snoozed' AND snoozed_until <= ?)) AND (? OR role = ?)"
          + " AND (? OR outcome_type = ?)"
          + " ORDER BY priority, due_at NULLS LAST, opened_at, task_id LIMIT ?";

  private final Transactor transactor;
  private final AuditLog audit;
  private final Clock clock;

  public WorkQueue(Transactor transactor, AuditLog audit, Clock clock) {
    this.transactor = transactor;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Unresolved tasks the actor should see, most urgent first: tasks for the actor's role
   * (supervisors and admins see every role's), including snoozed tasks whose snooze has ended.
   */
  public List<QueueTask> inbox(Actor actor, int limit) {
    return inbox(actor, null, limit);
  }

  /** As {@link #inbox(Actor, int)}, only tasks of outcomes of {@code outcomeType} (null: all). */
  public List<QueueTask> inbox(Actor actor, String outcomeType, int limit) {
    Permissions.check(actor.role(), Action.VIEW_INBOX);
    boolean everyRole = actor.role() == Role.SUPERVISOR || actor.role() == Role.ADMIN;
    return transactor.inTransaction(
        connection -> {
          try (PreparedStatement select = connection.prepareStatement(INBOX)) {
            SqlTime.set(select, 1, clock.instant());
            select.setBoolean(2, everyRole);
            select.setString(3, actor.role().code());
            select.setBoolean(4, outcomeType == null);
            select.setString(5, outcomeType);
            select.setInt(6, limit);
            try (ResultSet rows = select.executeQuery()) {
              List<QueueTask> tasks = new ArrayList<>();
              while (rows.next()) {
                tasks.add(read(rows));
              }
              return tasks;
            }
          }
        });
  }

  /** The task with this id, whatever its status; empty when the queue has no such task. */
  public Optional<QueueTask> find(Actor actor, String taskId) {
    Permissions.check(actor.role(), Action.VIEW_INBOX);
    return transactor.inTransaction(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement("SELECT * FROM human_task WHERE task_id = ?")) {
            select.setString(1, taskId);
            try (ResultSet rows = select.executeQuery()) {
              return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
          }
        });
  }

  /**
   * Marks a task resolved once its workflow accepted the person's decision (the Update), so the
   * inbox drops it before the workflow's {@code human-task-resolved} ledger event arrives; that
   * event later overwrites the time and code with the workflow's. False if already resolved.
   */
  public boolean markResolved(Actor actor, String taskId, String resolutionCode) {
    Permissions.check(actor.role(), Action.RESOLVE_TASK);
    if (resolutionCode == null || !resolutionCode.matches("[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}")) {
      throw new IllegalArgumentException("resolution must be a code such as handled-offline");
    }
    return change(
        actor,
        taskId,
        Action.RESOLVE_TASK,
        "UPDATE human_task SET status = 'resolved', resolved_at = ?, resolution_code = ?,"
            + " snoozed_until = NULL, snooze_reason = NULL WHERE task_id = ? AND status <> 'resolved'",
        clock.instant(),
        resolutionCode,
        taskId);
  }

  /** Claims an open or snoozed task for the actor; false if resolved or claimed by someone else. */
  public boolean claim(Actor actor, String taskId) {
    Permissions.check(actor.role(), Action.CLAIM_TASK);
    return change(
        actor,
        taskId,
        Action.CLAIM_TASK,
        "UPDATE human_task SET status = 'claimed', claimed_by = ?, snoozed_until = NULL,"
            + " snooze_reason = NULL WHERE task_id = ? AND (status IN ('open', 'snoozed')"
            + " OR (status = 'claimed' AND claimed_by = ?))",
        actor.id(),
        taskId,
        actor.id());
  }

  /** Hides a task until {@code until}, with a reason code; false if the task is resolved. */
  public boolean snooze(Actor actor, String taskId, Instant until, String reasonCode) {
    Permissions.check(actor.role(), Action.SNOOZE_TASK);
    if (reasonCode == null || !reasonCode.matches("[a-z0-9][a-z0-9_-]{0,63}")) {
      throw new IllegalArgumentException("snooze reason must be a code such as awaiting-callback");
    }
    return change(
        actor,
        taskId,
        Action.SNOOZE_TASK,
        "UPDATE human_task SET status = 'snoozed', snoozed_until = ?, snooze_reason = ?"
            + " WHERE task_id = ? AND status <> 'resolved'",
        until,
        reasonCode,
        taskId);
  }

  /** Gives an unresolved task to another staff member (supervisors and admins). */
  public boolean reassign(Actor actor, String taskId, String staffId) {
    Permissions.check(actor.role(), Action.REASSIGN_TASK);
    if (staffId == null || !staffId.matches("[A-Za-z0-9][A-Za-z0-9_.:@-]{0,63}")) {
      throw new IllegalArgumentException("staff id must be 1..64 characters without spaces");
    }
    return change(
        actor,
        taskId,
        Action.REASSIGN_TASK,
        "UPDATE human_task SET status = 'claimed', claimed_by = ?, snoozed_until = NULL,"
            + " snooze_reason = NULL WHERE task_id = ? AND status <> 'resolved'",
        staffId,
        taskId);
  }

  private boolean change(Actor actor, String taskId, Action action, String sql, Object... params) {
    return transactor.inTransaction(
        connection -> {
          boolean changed = update(connection, sql, params) == 1;
          if (changed) {
            audit.append(
                connection,
                new AuditEntry(
                    actor.id(), actor.role(), action.code(), "task:" + taskId, "operations"));
          }
          return changed;
        });
  }

  private static int update(Connection connection, String sql, Object... params)
      throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        if (params[i] instanceof Instant instant) {
          SqlTime.set(update, i + 1, instant);
        } else {
          update.setString(i + 1, (String) params[i]);
        }
      }
      return update.executeUpdate();
    }
  }

  private static QueueTask read(ResultSet rows) throws SQLException {
    return new QueueTask(
        rows.getString("task_id"),
        rows.getString("workflow_id"),
        rows.getString("outcome_type"),
        rows.getString("role"),
        rows.getInt("priority"),
        SqlTime.get(rows, "due_at"),
        rows.getString("status"),
        rows.getString("claimed_by"),
        SqlTime.get(rows, "snoozed_until"),
        rows.getString("snooze_reason"),
        rows.getString("context_ref"),
        SqlTime.get(rows, "opened_at"));
  }
}
