package io.followthrough.workers.grpc;

import static io.followthrough.workers.grpc.GrpcCaller.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import io.followthrough.activities.store.OpsStore;
import io.followthrough.activities.store.audit.AuditRecord;
import io.followthrough.api.v1.CancelOutcomeRequest;
import io.followthrough.api.v1.ClaimTaskRequest;
import io.followthrough.api.v1.CompleteTaskRequest;
import io.followthrough.api.v1.DocumentStatus;
import io.followthrough.api.v1.GetDocumentRequest;
import io.followthrough.api.v1.GetOutcomeRequest;
import io.followthrough.api.v1.IngestDocumentRequest;
import io.followthrough.api.v1.IngestDocumentResponse;
import io.followthrough.api.v1.ListInboxRequest;
import io.followthrough.api.v1.ListOutcomesRequest;
import io.followthrough.api.v1.Outcome;
import io.followthrough.api.v1.ResolveTaskRequest;
import io.followthrough.api.v1.ResolvedTask;
import io.followthrough.api.v1.SignalOutcomeRequest;
import io.followthrough.api.v1.StartOutcomeRequest;
import io.followthrough.api.v1.Task;
import io.followthrough.intake.FaxIntakeWorkflow;
import io.followthrough.workers.api.SharedApiStack;
import io.followthrough.workers.intake.DemoFaxes;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.client.WorkflowClient;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gRPC API against the real dev wiring: the inbox flow on a real FaxIntake review task (the
 * decision routes into the workflow's completeTask Update, refused decisions are INVALID_ARGUMENT),
 * outcomes started, read, listed, signalled and cancelled, documents ingested, and the audit trail
 * of the calls.
 */
class GrpcApiTest {

  static GrpcCaller grpc;

  @BeforeAll
  static void start() {
    grpc = new GrpcCaller(SharedApiStack.stack().apiGrpcAddress());
  }

  @AfterAll
  static void stop() {
    grpc.close();
  }

  static String reviewTask() throws Exception {
    return SharedApiStack.openReviewTask();
  }

  @Test
  void inboxClaimAndResolveRouteIntoTheWorkflowUpdate() throws Exception {
    String taskId = reviewTask();
    String workflowId = taskId.substring(0, taskId.lastIndexOf('/'));
    String gina = SharedApiStack.token("gina", "coordinator");

    Task listed =
        grpc
            .tasks(gina)
            .listInbox(
                ListInboxRequest.newBuilder().setOutcomeType("fax-intake").setLimit(200).build())
            .getTasksList()
            .stream()
            .filter(t -> t.getTaskId().equals(taskId))
            .findFirst()
            .orElseThrow(() -> new AssertionError(taskId + " not in the inbox"));
    assertEquals(workflowId, listed.getWorkflowId());
    assertEquals("coordinator", listed.getRole());
    assertEquals(2, listed.getPriority());
    assertEquals("review-document", listed.getReason());
    assertTrue(listed.hasDueAt() && listed.hasOpenedAt());

    Task claimed =
        grpc.tasks(gina).claimTask(ClaimTaskRequest.newBuilder().setTaskId(taskId).build());
    assertEquals("claimed", claimed.getStatus());
    assertEquals("gina", claimed.getClaimedBy());
    StatusRuntimeException taken =
        failure(
            () ->
                grpc.tasks(SharedApiStack.token("bob", "coordinator"))
                    .claimTask(ClaimTaskRequest.newBuilder().setTaskId(taskId).build()));
    assertEquals(Status.Code.FAILED_PRECONDITION, taken.getStatus().getCode());
    assertEquals("TASK_NOT_CLAIMABLE", GrpcCaller.reason(taken));

    StatusRuntimeException refused = failure(() -> resolve(gina, taskId, "shred-it"));
    assertEquals(Status.Code.INVALID_ARGUMENT, refused.getStatus().getCode());
    assertEquals("UPDATE_REJECTED", GrpcCaller.reason(refused));
    assertTrue(
        refused.getStatus().getDescription().contains("unknown resolution 'shred-it'"),
        refused.getStatus().getDescription());
    assertEquals(
        Status.Code.PERMISSION_DENIED,
        failure(() -> resolve(SharedApiStack.token("audra", "auditor"), taskId, "discard"))
            .getStatus()
            .getCode());

    ResolvedTask resolved = resolve(gina, taskId, "discard");
    assertEquals(taskId, resolved.getTaskId());
    assertEquals("discard", resolved.getResolution());
    assertEquals("gina", resolved.getBy());
    assertTrue(resolved.hasCompletedAt());
    StatusRuntimeException again = failure(() -> resolve(gina, taskId, "discard"));
    assertEquals(Status.Code.FAILED_PRECONDITION, again.getStatus().getCode());

    FaxIntakeWorkflow workflow = client().newWorkflowStub(FaxIntakeWorkflow.class, workflowId);
    assertEquals("discarded", eventually(workflow::intake, i -> i.decision() != null).decision());
    assertEquals("gina", workflow.state().tasks().get(0).completedBy(), "the Update's staff id");
    assertEquals(
        List.of("gina:view-inbox", "gina:claim-task", "gina:resolve-task"),
        trail("gina", "task:" + taskId, "inbox:coordinator"));
  }

  @Test
  void completeTaskOnTheOutcomeServiceTakesTheWorkflowsTaskId() throws Exception {
    String taskId = reviewTask();
    String workflowId = taskId.substring(0, taskId.lastIndexOf('/'));
    String localId = taskId.substring(workflowId.length() + 1);
    ResolvedTask resolved =
        grpc.outcomes(SharedApiStack.token("sam", "supervisor"))
            .completeTask(
                CompleteTaskRequest.newBuilder()
                    .setWorkflowId(workflowId)
                    .setTaskId(localId)
                    .setResolution("discard")
                    .build());
    assertEquals(localId, resolved.getWorkflowTaskId());
    assertEquals("sam", resolved.getBy());
    FaxIntakeWorkflow workflow = client().newWorkflowStub(FaxIntakeWorkflow.class, workflowId);
    assertEquals("discarded", eventually(workflow::intake, i -> i.decision() != null).decision());
  }

  @Test
  void outcomesAreStartedReadListedSignalledAndCancelled() {
    String coordinator = SharedApiStack.token("cora", "coordinator");
    String workflowId = "lab-result-follow-up/G-" + UUID.randomUUID().toString().substring(0, 8);
    StartOutcomeRequest start =
        StartOutcomeRequest.newBuilder()
            .setWorkflowType("LabResultFollowUp")
            .setWorkflowId(workflowId)
            .setInput(
                object(
                    "resultId", Value.newBuilder().setStringValue("G-1").build(),
                    "abnormal", Value.newBuilder().setBoolValue(true).build(),
                    "patientTimeZone",
                        Value.newBuilder().setStringValue("America/New_York").build()))
            .build();
    assertEquals("followthrough", grpc.outcomes(coordinator).startOutcome(start).getTaskQueue());
    StatusRuntimeException twice = failure(() -> grpc.outcomes(coordinator).startOutcome(start));
    assertEquals(Status.Code.ALREADY_EXISTS, twice.getStatus().getCode());

    Outcome outcome =
        eventually(
            () ->
                grpc.outcomes(coordinator)
                    .getOutcome(GetOutcomeRequest.newBuilder().setWorkflowId(workflowId).build()),
            Outcome::hasState);
    assertEquals("LabResultFollowUp", outcome.getWorkflowType());
    assertEquals("Running", outcome.getStatus());
    assertTrue(outcome.hasStartTime());
    assertFalse(
        outcome.getState().getStructValue().getFieldsOrThrow("stage").getStringValue().isEmpty());
    assertTrue(outcome.getTimelineCount() > 0, "timeline");

    assertTrue(
        grpc
            .outcomes(coordinator)
            .listOutcomes(
                ListOutcomesRequest.newBuilder()
                    .setQuery("WorkflowId = '" + workflowId + "'")
                    .setLimit(10)
                    .build())
            .getOutcomesList()
            .stream()
            .anyMatch(o -> o.getWorkflowId().equals(workflowId)));

    grpc.outcomes(coordinator)
        .signalOutcome(
            SignalOutcomeRequest.newBuilder()
                .setWorkflowId(workflowId)
                .setName("acknowledge")
                .setArgument(object("by", Value.newBuilder().setStringValue("dr-1").build()))
                .build());

    StatusRuntimeException badId =
        failure(
            () ->
                grpc.outcomes(coordinator)
                    .getOutcome(GetOutcomeRequest.newBuilder().setWorkflowId("has space").build()));
    assertEquals(Status.Code.INVALID_ARGUMENT, badId.getStatus().getCode());
    assertEquals(
        Status.Code.NOT_FOUND,
        failure(
                () ->
                    grpc.outcomes(coordinator)
                        .getOutcome(
                            GetOutcomeRequest.newBuilder()
                                .setWorkflowId("lab-result-follow-up/never-started")
                                .build()))
            .getStatus()
            .getCode());

    CancelOutcomeRequest cancel =
        CancelOutcomeRequest.newBuilder()
            .setWorkflowId(workflowId)
            .setReasonCode("ordered-in-error")
            .build();
    assertEquals(
        Status.Code.PERMISSION_DENIED,
        failure(() -> grpc.outcomes(coordinator).cancelOutcome(cancel)).getStatus().getCode());
    grpc.outcomes(SharedApiStack.token("sam", "supervisor")).cancelOutcome(cancel);
    assertEquals(
        List.of("sam:cancel-outcome"),
        trail("sam", "outcome:" + workflowId, null).stream()
            .filter(a -> a.endsWith("cancel-outcome"))
            .toList());
  }

  @Test
  void documentsAreIngestedOnceAndRefusedWithTheirReason() {
    String coordinator = SharedApiStack.token("dora", "coordinator");
    IngestDocumentRequest referral =
        IngestDocumentRequest.newBuilder()
            .setContent(ByteString.copyFrom(DemoFaxes.referral()))
            .setSource("test")
            .build();
    IngestDocumentResponse first = grpc.documents(coordinator).ingestDocument(referral);
    assertEquals(64, first.getDocumentId().length());
    assertEquals(FaxIntakeWorkflow.workflowId(first.getDocumentId()), first.getWorkflowId());
    assertEquals("application/pdf", first.getMediaType());
    assertEquals(1, first.getPages());
    IngestDocumentResponse second = grpc.documents(coordinator).ingestDocument(referral);
    assertTrue(second.getDuplicate(), "the same bytes are the same document");
    assertEquals(first.getWorkflowId(), second.getWorkflowId());

    StatusRuntimeException notAFax =
        failure(
            () ->
                grpc.documents(coordinator)
                    .ingestDocument(
                        IngestDocumentRequest.newBuilder()
                            .setContent(ByteString.copyFromUtf8("Jordan Demo, DOB 03/14/1968"))
                            .build()));
    assertEquals(Status.Code.INVALID_ARGUMENT, notAFax.getStatus().getCode());
    assertEquals("UNSUPPORTED_TYPE", GrpcCaller.reason(notAFax));
    assertFalse(notAFax.getStatus().getDescription().contains("Jordan"), "no content echoed");
    assertEquals(
        Status.Code.INVALID_ARGUMENT,
        failure(
                () ->
                    grpc.documents(coordinator)
                        .ingestDocument(referral.toBuilder().setSource("Jordan Demo.pdf").build()))
            .getStatus()
            .getCode());

    DocumentStatus status =
        eventually(
            () ->
                grpc.documents(coordinator)
                    .getDocument(
                        GetDocumentRequest.newBuilder()
                            .setDocumentId(first.getDocumentId())
                            .build()),
            s ->
                s.hasIntake()
                    && s.getIntake()
                        .getStructValue()
                        .getFieldsOrDefault("understood", Value.getDefaultInstance())
                        .getBoolValue());
    assertEquals(first.getWorkflowId(), status.getWorkflowId());
    assertEquals(
        "referral", status.getIntake().getStructValue().getFieldsOrThrow("type").getStringValue());
  }

  private static ResolvedTask resolve(String token, String taskId, String resolution) {
    return grpc.tasks(token)
        .resolveTask(
            ResolveTaskRequest.newBuilder().setTaskId(taskId).setResolution(resolution).build());
  }

  private static Value object(Object... pairs) {
    Struct.Builder struct = Struct.newBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      struct.putFields((String) pairs[i], (Value) pairs[i + 1]);
    }
    return Value.newBuilder().setStructValue(struct).build();
  }

  /** "actor:action" of the audit rows by {@code actor} on {@code record} (or {@code other}). */
  private static List<String> trail(String actor, String record, String other) {
    List<AuditRecord> rows = SharedApiStack.stack().bean(OpsStore.class).auditLog().latest(5000);
    return rows.stream()
        .sorted(java.util.Comparator.comparingLong(AuditRecord::seq))
        .filter(r -> r.entry().actor().equals(actor))
        .filter(
            r ->
                r.entry().recordRef().equals(record)
                    || (other != null && r.entry().recordRef().equals(other)))
        .map(r -> r.entry().actor() + ":" + r.entry().action())
        .toList();
  }

  private static WorkflowClient client() {
    return SharedApiStack.stack().bean(WorkflowClient.class);
  }

  static <T> T eventually(Supplier<T> read, Predicate<T> done) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    T value = read.get();
    while (!done.test(value) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return value;
      }
      value = read.get();
    }
    return value;
  }
}
