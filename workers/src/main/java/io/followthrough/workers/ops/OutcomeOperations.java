package io.followthrough.workers.ops;

import com.fasterxml.jackson.databind.JsonNode;
import io.followthrough.activities.store.access.Action;
import io.followthrough.activities.store.access.Actor;
import io.followthrough.activities.store.access.Permissions;
import io.followthrough.sdk.OutcomeSearchAttributes;
import io.followthrough.sdk.OutcomeState;
import io.followthrough.sdk.TimelineEntry;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowExecutionDescription;
import io.temporal.client.WorkflowExecutionMetadata;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowServiceException;
import io.temporal.client.WorkflowStub;
import io.temporal.common.SearchAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * Outcomes: list and filter, read one in full, start, signal and cancel, for any outcome module's
 * workflows. Each call checks the actor's permission and is audited.
 */
public final class OutcomeOperations {

  /** Most outcomes one listing returns. */
  public static final int MAX_LIMIT = 500;

  private static final Pattern WORKFLOW_ID =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:/#=+@-]{0,199}");
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:/-]{0,63}");
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

  private final OpsAuditor auditor;
  private final WorkflowReads reads;
  private final WorkflowTypes types;

  public OutcomeOperations(OpsAuditor auditor, WorkflowReads reads, WorkflowTypes types) {
    this.auditor = auditor;
    this.reads = reads;
    this.types = types;
  }

  /** Outcomes matching the filter, newest first. */
  public List<OutcomeSummary> list(Actor actor, OutcomeFilter filter) {
    Permissions.check(actor.role(), Action.VIEW_OUTCOME);
    if (filter.limit() < 1 || filter.limit() > MAX_LIMIT) {
      throw OperationException.badRequest("limit must be 1.." + MAX_LIMIT);
    }
    String query = visibilityQuery(filter);
    auditor.record(actor, "list-outcomes", "outcomes");
    try {
      return reads
          .client()
          .listExecutions(query)
          .limit(filter.limit())
          .map(OutcomeOperations::summary)
          .toList();
    } catch (WorkflowServiceException | StatusRuntimeException e) {
      StatusRuntimeException status = statusOf(e);
      if (status != null && status.getStatus().getCode() == Status.Code.INVALID_ARGUMENT) {
        String why = status.getStatus().getDescription();
        throw OperationException.badRequest(
            "query rejected by Temporal" + (why == null ? "" : ": " + why));
      }
      throw e;
    }
  }

  /** State, timeline, outcome-specific views and documents; audited as {@code view-outcome}. */
  public OutcomeDetail get(Actor actor, String workflowId) {
    Permissions.check(actor.role(), Action.VIEW_OUTCOME);
    requireWorkflowId(workflowId);
    WorkflowExecutionDescription description = reads.describe(workflowId);
    auditor.record(actor, Action.VIEW_OUTCOME.code(), "outcome:" + workflowId);
    CompletableFuture<Optional<OutcomeState>> state = reads.state(workflowId);
    CompletableFuture<Optional<List<TimelineEntry>>> timeline = reads.timeline(workflowId);
    long deadline = reads.deadline();
    Map<String, JsonNode> views = reads.views(workflowId);
    OutcomeState answered = reads.awaitUntil(state, deadline).orElse(null);
    List<TimelineItem> items =
        reads.awaitUntil(timeline, deadline).orElse(List.of()).stream()
            .map(TimelineItem::of)
            .toList();
    List<String> named = new ArrayList<>(Documents.namedIn(views.values()));
    if (answered != null && answered.tasks() != null) {
      answered.tasks().stream()
          .filter(t -> t.context() != null && t.context().get("documentId") != null)
          .forEach(t -> named.add(t.context().get("documentId")));
    }
    String outcomeType =
        answered != null
            ? answered.outcomeType()
            : description.getTypedSearchAttributes().get(OutcomeSearchAttributes.OUTCOME_TYPE);
    return new OutcomeDetail(
        workflowId,
        description.getExecution().getRunId(),
        description.getWorkflowType(),
        outcomeType,
        status(description),
        iso(description.getStartTime()),
        iso(description.getCloseTime()),
        answered,
        items,
        views,
        Documents.of(auditor.store(), workflowId, named));
  }

  /**
   * Starts {@code workflowType} (any module's) with id {@code workflowId}; CONFLICT when that id
   * has run before (outcome ids are business keys: a second start is never a second outcome).
   *
   * @param input the workflow's argument as JSON, or null for none
   */
  public StartedOutcome start(Actor actor, String workflowType, String workflowId, JsonNode input) {
    Permissions.check(actor.role(), Action.START_OUTCOME);
    requireWorkflowId(workflowId);
    if (workflowType == null || workflowType.isBlank()) {
      throw OperationException.badRequest("workflowType is required");
    }
    String taskQueue =
        types
            .taskQueue(workflowType)
            .orElseThrow(
                () ->
                    OperationException.badRequest(
                        "unknown workflowType (known: " + String.join(", ", types.names()) + ")"));
    WorkflowOptions options =
        WorkflowOptions.newBuilder()
            .setWorkflowId(workflowId)
            .setTaskQueue(taskQueue)
            .setWorkflowIdReusePolicy(
                WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
            .build();
    WorkflowStub stub = reads.client().newUntypedWorkflowStub(workflowType, options);
    WorkflowExecution execution;
    try {
      execution = input == null || input.isNull() ? stub.start() : stub.start(input);
    } catch (WorkflowExecutionAlreadyStarted e) {
      throw OperationException.conflict(
          "ALREADY_STARTED", "outcome " + workflowId + " exists already");
    }
    auditor.record(actor, Action.START_OUTCOME.code(), "outcome:" + workflowId);
    return new StartedOutcome(workflowId, execution.getRunId(), workflowType, taskQueue);
  }

  /** Sends signal {@code name} with {@code argument} (null for none) to a running outcome. */
  public void signal(Actor actor, String workflowId, String name, JsonNode argument) {
    Permissions.check(actor.role(), Action.SIGNAL_OUTCOME);
    requireWorkflowId(workflowId);
    if (name == null || !NAME.matcher(name).matches()) {
      throw OperationException.badRequest("signal name must be a name such as appointment");
    }
    WorkflowStub stub = reads.client().newUntypedWorkflowStub(workflowId);
    try {
      if (argument == null || argument.isNull() || argument.isMissingNode()) {
        stub.signal(name);
      } else {
        stub.signal(name, argument);
      }
    } catch (WorkflowNotFoundException e) {
      throw notRunning(workflowId);
    } catch (WorkflowServiceException e) {
      throw translate(e, workflowId);
    }
    auditor.record(actor, Action.SIGNAL_OUTCOME.code(), "outcome:" + workflowId);
  }

  /** Requests cancellation of a running outcome, with a reason code. */
  public void cancel(Actor actor, String workflowId, String reasonCode) {
    Permissions.check(actor.role(), Action.CANCEL_OUTCOME);
    requireWorkflowId(workflowId);
    if (reasonCode == null || !reasonCode.matches("[a-z0-9][a-z0-9_-]{0,63}")) {
      throw OperationException.badRequest(
          "reasonCode must be a lower-case code such as duplicate-referral");
    }
    try {
      reads.client().newUntypedWorkflowStub(workflowId).cancel(reasonCode);
    } catch (WorkflowNotFoundException e) {
      throw notRunning(workflowId);
    } catch (WorkflowServiceException e) {
      throw translate(e, workflowId);
    }
    auditor.record(actor, Action.CANCEL_OUTCOME.code(), "outcome:" + workflowId);
  }

  private RuntimeException translate(WorkflowServiceException e, String workflowId) {
    StatusRuntimeException status = statusOf(e);
    if (status != null && status.getStatus().getCode() == Status.Code.NOT_FOUND) {
      return notRunning(workflowId);
    }
    return e;
  }

  /** Temporal answers NOT_FOUND both for unknown and for closed workflows. */
  private OperationException notRunning(String workflowId) {
    try {
      reads.describe(workflowId);
    } catch (OperationException unknown) {
      return unknown;
    }
    return OperationException.conflict(
        "OUTCOME_CLOSED", "outcome " + workflowId + " is not running");
  }

  private static StatusRuntimeException statusOf(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof StatusRuntimeException s) {
        return s;
      }
    }
    return null;
  }

  static void requireWorkflowId(String workflowId) {
    if (workflowId == null || !WORKFLOW_ID.matcher(workflowId).matches()) {
      throw OperationException.badRequest(
          "workflowId must be 1..200 characters: letters, digits and _ . : / # = + @ -");
    }
  }

  private static String visibilityQuery(OutcomeFilter filter) {
    List<String> conditions = new ArrayList<>();
    if (filter.query() != null && !filter.query().isBlank()) {
      conditions.add(filter.query().trim());
    }
    condition(conditions, "OutcomeType", "type", filter.outcomeType());
    condition(conditions, "OutcomeStage", "stage", filter.stage());
    condition(conditions, "Owner", "owner", filter.owner());
    if (filter.needsHuman() != null) {
      conditions.add("NeedsHuman = " + filter.needsHuman());
    }
    return String.join(" AND ", conditions);
  }

  private static void condition(List<String> conditions, String attribute, String param, String v) {
    if (v == null || v.isBlank()) {
      return;
    }
    if (!CODE.matcher(v).matches()) {
      throw OperationException.badRequest(param + " must be a code without spaces or quotes");
    }
    conditions.add(attribute + " = '" + v + "'");
  }

  private static OutcomeSummary summary(WorkflowExecutionMetadata execution) {
    SearchAttributes attributes = execution.getTypedSearchAttributes();
    String stage = attributes.get(OutcomeSearchAttributes.OUTCOME_STAGE);
    return new OutcomeSummary(
        execution.getExecution().getWorkflowId(),
        execution.getWorkflowType(),
        status(execution),
        stage == null ? "" : stage,
        iso(execution.getStartTime()),
        attributes.get(OutcomeSearchAttributes.OUTCOME_TYPE),
        attributes.get(OutcomeSearchAttributes.OWNER),
        attributes.get(OutcomeSearchAttributes.NEEDS_HUMAN),
        iso(execution.getCloseTime()));
  }

  static String status(WorkflowExecutionMetadata execution) {
    String status = execution.getStatus().name().replace("WORKFLOW_EXECUTION_STATUS_", "");
    return status.charAt(0) + status.substring(1).toLowerCase(Locale.ROOT);
  }

  private static String iso(java.time.Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
