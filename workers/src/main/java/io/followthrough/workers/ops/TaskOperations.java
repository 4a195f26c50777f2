package io.followthrough.workers.ops;

import io.followthrough.activities.store.access.Action;
import io.followthrough.activities.store.access.Actor;
import io.followthrough.activities.store.access.Permissions;
import io.followthrough.activities.store.access.Role;
import io.followthrough.activities.store.queue.QueueTask;
import io.followthrough.activities.store.queue.WorkQueue;
import io.followthrough.sdk.HumanTask;
import io.followthrough.sdk.HumanTaskUpdates;
import io.followthrough.sdk.OutcomeState;
import io.followthrough.sdk.TaskCompletion;
import io.followthrough.sdk.TaskReceipt;
import io.followthrough.sdk.TimelineEntry;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.failure.ApplicationFailure;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * The exception inbox: list, open, claim, resolve, reassign and snooze human tasks. Each call
 * checks the actor's permission, is audited, and resolves through the task's workflow (the {@code
 * completeTask} Update) so the decision is validated and recorded where the outcome lives.
 */
public final class TaskOperations {

  /** Most tasks one inbox page lists. */
  public static final int MAX_LIMIT = 200;

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}");
  private static final Pattern TASK_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:/#=+@-]{0,199}");

  private final OpsAuditor auditor;
  private final WorkflowReads reads;
  private final Clock clock;

  public TaskOperations(OpsAuditor auditor, WorkflowReads reads, Clock clock) {
    this.auditor = auditor;
    this.reads = reads;
    this.clock = clock;
  }

  /**
   * Open tasks the actor should see, most urgent first (priority, then due time), each joined with
   * its workflow's open task (reason, stage, context). A task the workflow reports as no longer
   * open is left out (its resolution is on its way to the store).
   *
   * @param outcomeType only this outcome type, or null for all
   * @param limit 1..{@value #MAX_LIMIT}
   */
  public List<TaskView> inbox(Actor actor, String outcomeType, int limit) {
    Permissions.check(actor.role(), Action.VIEW_INBOX);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw OperationException.badRequest("limit must be 1.." + MAX_LIMIT);
    }
    if (outcomeType != null && !CODE.matcher(outcomeType).matches()) {
      throw OperationException.badRequest("outcomeType must be a code such as fax-intake");
    }
    List<QueueTask> rows = queue().inbox(actor, outcomeType, limit);
    auditor.record(actor, Action.VIEW_INBOX.code(), "inbox:" + actor.role().code());
    List<CompletableFuture<Optional<OutcomeState>>> states = new ArrayList<>();
    for (QueueTask row : rows) {
      states.add(reads.state(row.workflowId()));
    }
    List<TaskView> tasks = new ArrayList<>();
    long deadline = reads.deadline();
    for (int i = 0; i < rows.size(); i++) {
      Optional<OutcomeState> state = reads.awaitUntil(states.get(i), deadline);
      QueueTask row = rows.get(i);
      Optional<HumanTask> task = state.flatMap(s -> workflowTask(s, row));
      if (task.isPresent() && !task.get().isOpen()) {
        continue;
      }
      tasks.add(view(row, state, task));
    }
    return tasks;
  }

  /** One task with timeline, suggestion and documents; audited as {@code view-task}. */
  public TaskDetail get(Actor actor, String taskId) {
    QueueTask row = find(actor, taskId);
    auditor.record(actor, "view-task", "task:" + taskId);
    CompletableFuture<Optional<OutcomeState>> state = reads.state(row.workflowId());
    CompletableFuture<Optional<List<TimelineEntry>>> timeline = reads.timeline(row.workflowId());
    long deadline = reads.deadline();
    Optional<OutcomeState> answered = reads.awaitUntil(state, deadline);
    Optional<HumanTask> task = answered.flatMap(s -> workflowTask(s, row));
    TaskView view = view(row, answered, task);
    List<TimelineItem> items =
        reads.awaitUntil(timeline, deadline).orElse(List.of()).stream()
            .map(TimelineItem::of)
            .toList();
    return new TaskDetail(
        view,
        items,
        TaskSuggestion.from(view.context()),
        Documents.of(auditor.store(), row.workflowId(), view.context()));
  }

  /** Claims the task for the actor; CONFLICT when someone else holds it or it is resolved. */
  public TaskView claim(Actor actor, String taskId) {
    Permissions.check(actor.role(), Action.CLAIM_TASK);
    QueueTask row = find(actor, taskId);
    requireRole(actor, row, Action.CLAIM_TASK);
    if (!queue().claim(actor, taskId)) {
      throw OperationException.conflict(
          "TASK_NOT_CLAIMABLE",
          "task "
              + taskId
              + " is "
              + row.status()
              + describeHolder(row)
              + " and cannot be claimed");
    }
    return fresh(actor, taskId);
  }

  /** Hides the task until {@code until} (ISO-8601 instant, in the future) with a reason code. */
  public TaskView snooze(Actor actor, String taskId, String until, String reasonCode) {
    Permissions.check(actor.role(), Action.SNOOZE_TASK);
    Instant end;
    try {
      end = Instant.parse(until == null ? "" : until);
    } catch (DateTimeParseException e) {
      throw OperationException.badRequest(
          "until must be an ISO-8601 instant such as 2026-03-02T14:00:00Z");
    }
    if (!end.isAfter(clock.instant())) {
      throw OperationException.badRequest("until must be in the future");
    }
    if (reasonCode == null || !reasonCode.matches("[a-z0-9][a-z0-9_-]{0,63}")) {
      throw OperationException.badRequest(
          "reasonCode must be a lower-case code such as awaiting-callback");
    }
    QueueTask row = find(actor, taskId);
    requireRole(actor, row, Action.SNOOZE_TASK);
    if (!queue().snooze(actor, taskId, end, reasonCode)) {
      throw OperationException.conflict("TASK_RESOLVED", "task " + taskId + " is resolved");
    }
    return fresh(actor, taskId);
  }

  /** Gives the task to another staff member (supervisors and admins). */
  public TaskView reassign(Actor actor, String taskId, String staffId) {
    Permissions.check(actor.role(), Action.REASSIGN_TASK);
    if (staffId == null || !staffId.matches("[A-Za-z0-9][A-Za-z0-9_.:@-]{0,63}")) {
      throw OperationException.badRequest("staffId must be a staff id of 1..64 characters");
    }
    find(actor, taskId);
    if (!queue().reassign(actor, taskId, staffId)) {
      throw OperationException.conflict("TASK_RESOLVED", "task " + taskId + " is resolved");
    }
    return fresh(actor, taskId);
  }

  /**
   * Sends the decision to the task's workflow as the {@code completeTask} Update and, once the
   * workflow accepted it, marks the queue row resolved (audited with the change). A decision the
   * workflow's validator refuses is {@code REJECTED} (or {@code CONFLICT} when the task is no
   * longer open) with the validator's reason; nothing is written then.
   */
  public ResolvedTask resolve(Actor actor, String taskId, String resolution) {
    Permissions.check(actor.role(), Action.RESOLVE_TASK);
    if (resolution == null || !CODE.matcher(resolution).matches()) {
      throw OperationException.badRequest(
          "resolution must be a code of 1..64 letters, digits, '_', '.', ':' or '-'");
    }
    QueueTask row = find(actor, taskId);
    requireRole(actor, row, Action.RESOLVE_TASK);
    if ("resolved".equals(row.status())) {
      throw OperationException.conflict("TASK_RESOLVED", "task " + taskId + " is resolved");
    }
    String workflowTaskId = TaskIds.workflowTaskId(taskId, row.workflowId());
    // Supervisors and admins act for the task's role; others act in their own (checked above).
    TaskCompletion completion =
        new TaskCompletion(workflowTaskId, row.role(), actor.id(), resolution);
    TaskReceipt receipt;
    try {
      receipt =
          reads
              .client()
              .newUntypedWorkflowStub(row.workflowId())
              .update(HumanTaskUpdates.COMPLETE_TASK, TaskReceipt.class, completion);
    } catch (WorkflowUpdateException e) {
      throw rejected(e);
    } catch (WorkflowNotFoundException e) {
      throw OperationException.conflict(
          "OUTCOME_CLOSED", "outcome " + row.workflowId() + " is not running");
    } catch (io.temporal.client.WorkflowServiceException e) {
      if (e.getCause() instanceof io.grpc.StatusRuntimeException s
          && s.getStatus().getCode() == io.grpc.Status.Code.NOT_FOUND) {
        throw OperationException.conflict(
            "OUTCOME_CLOSED", "outcome " + row.workflowId() + " is not running");
      }
      throw e;
    }
    if (!queue().markResolved(actor, taskId, resolution)) {
      // The workflow's own ledger event can close the row first; the decision is still audited.
      auditor.record(actor, Action.RESOLVE_TASK.code(), "task:" + taskId);
    }
    return new ResolvedTask(
        taskId,
        row.workflowId(),
        workflowTaskId,
        resolution,
        actor.id(),
        receipt == null ? null : Instant.ofEpochMilli(receipt.completedAtMillis()).toString());
  }

  private static OperationException rejected(WorkflowUpdateException e) {
    Throwable cause = e.getCause();
    String reason = "the workflow rejected the decision";
    if (cause instanceof ApplicationFailure failure && failure.getOriginalMessage() != null) {
      reason = failure.getOriginalMessage();
    } else if (cause != null && cause.getMessage() != null) {
      reason = cause.getMessage();
    }
    if (reason.contains("no longer open")) {
      return new OperationException(OperationException.Kind.CONFLICT, "TASK_NOT_OPEN", reason, e);
    }
    return new OperationException(OperationException.Kind.REJECTED, "UPDATE_REJECTED", reason, e);
  }

  private QueueTask find(Actor actor, String taskId) {
    if (taskId == null || !TASK_ID.matcher(taskId).matches()) {
      throw OperationException.badRequest("taskId is not a task id");
    }
    return queue()
        .find(actor, taskId)
        .orElseThrow(() -> OperationException.notFound("TASK_NOT_FOUND", "no task " + taskId));
  }

  /** Coordinators act only on their role's tasks; supervisors and admins on every role's. */
  private static void requireRole(Actor actor, QueueTask row, Action action) {
    boolean everyRole = actor.role() == Role.SUPERVISOR || actor.role() == Role.ADMIN;
    if (!everyRole && !actor.role().code().equals(row.role())) {
      throw new io.followthrough.activities.store.access.PermissionDeniedException(
          actor.role(), action, "task " + row.taskId() + " is for role '" + row.role() + "'");
    }
  }

  /** The task as it is now, joined with its workflow's open task. */
  private TaskView fresh(Actor actor, String taskId) {
    QueueTask row = find(actor, taskId);
    Optional<OutcomeState> state = reads.await(reads.state(row.workflowId()));
    return view(row, state, state.flatMap(s -> workflowTask(s, row)));
  }

  private static String describeHolder(QueueTask row) {
    return row.claimedBy() == null ? "" : " (claimed by " + row.claimedBy() + ")";
  }

  private WorkQueue queue() {
    return auditor.store().workQueue();
  }

  private static Optional<HumanTask> workflowTask(OutcomeState state, QueueTask row) {
    if (state.tasks() == null) {
      return Optional.empty();
    }
    String id = TaskIds.workflowTaskId(row.taskId(), row.workflowId());
    return state.tasks().stream().filter(t -> id.equals(t.id())).findFirst();
  }

  private static TaskView view(
      QueueTask row, Optional<OutcomeState> state, Optional<HumanTask> task) {
    return new TaskView(
        row.taskId(),
        row.workflowId(),
        TaskIds.workflowTaskId(row.taskId(), row.workflowId()),
        row.outcomeType(),
        row.role(),
        row.priority(),
        iso(row.dueAt()),
        row.status(),
        row.claimedBy(),
        iso(row.snoozedUntil()),
        row.snoozeReason(),
        iso(row.openedAt()),
        task.map(HumanTask::reason).orElse(null),
        state.map(OutcomeState::stage).orElse(null),
        task.map(HumanTask::context).map(TaskOperations::withoutNulls).orElse(Map.of()),
        row.contextRef());
  }

  private static Map<String, String> withoutNulls(Map<String, String> context) {
    Map<String, String> copy = new TreeMap<>();
    context.forEach(
        (key, value) -> {
          if (key != null && value != null) {
            copy.put(key, value);
          }
        });
    return copy;
  }

  private static String iso(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
