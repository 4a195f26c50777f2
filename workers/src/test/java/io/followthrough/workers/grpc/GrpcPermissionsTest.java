package io.followthrough.workers.grpc;

import static io.followthrough.workers.grpc.GrpcCaller.code;
import static io.followthrough.workers.grpc.GrpcCaller.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import com.google.protobuf.Timestamp;
import io.followthrough.activities.store.access.Action;
import io.followthrough.activities.store.access.Permissions;
import io.followthrough.activities.store.access.Role;
import io.followthrough.api.v1.CancelOutcomeRequest;
import io.followthrough.api.v1.ClaimTaskRequest;
import io.followthrough.api.v1.CompleteTaskRequest;
import io.followthrough.api.v1.GetDocumentRequest;
import io.followthrough.api.v1.GetOutcomeRequest;
import io.followthrough.api.v1.IngestDocumentRequest;
import io.followthrough.api.v1.ListInboxRequest;
import io.followthrough.api.v1.ListOutcomesRequest;
import io.followthrough.api.v1.ReassignTaskRequest;
import io.followthrough.api.v1.ResolveTaskRequest;
import io.followthrough.api.v1.SignalOutcomeRequest;
import io.followthrough.api.v1.SnoozeTaskRequest;
import io.followthrough.api.v1.StartOutcomeRequest;
import io.followthrough.workers.api.SharedApiStack;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Authentication and the role matrix over gRPC: every RPC of every service, called by each staff
 * role, is refused with PERMISSION_DENIED exactly when {@link Permissions} denies its action, and
 * otherwise reaches the service layer (which then answers NOT_FOUND, INVALID_ARGUMENT, ... for the
 * harmless arguments used here, never PERMISSION_DENIED).
 */
class GrpcPermissionsTest {

  static GrpcCaller grpc;

  @BeforeAll
  static void start() {
    grpc = new GrpcCaller(SharedApiStack.stack().apiGrpcAddress());
  }

  @AfterAll
  static void stop() {
    grpc.close();
  }

  @Test
  void callsWithoutAValidTokenAreUnauthenticated() {
    StatusRuntimeException none =
        failure(() -> grpc.tasks(null).listInbox(ListInboxRequest.getDefaultInstance()));
    assertEquals(Status.Code.UNAUTHENTICATED, none.getStatus().getCode());
    assertTrue(none.getStatus().getDescription().contains("Bearer"), none.getMessage());
    assertEquals(
        Status.Code.UNAUTHENTICATED,
        code(() -> grpc.tasks("not-a-jwt").listInbox(ListInboxRequest.getDefaultInstance())));
    String token = SharedApiStack.token("ana", "coordinator");
    String tampered = token.substring(0, token.length() - 4) + "AAAA";
    assertEquals(
        Status.Code.UNAUTHENTICATED,
        code(() -> grpc.outcomes(tampered).listOutcomes(ListOutcomesRequest.getDefaultInstance())));
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"COORDINATOR", "SUPERVISOR", "ADMIN", "AUDITOR"})
  void eachRpcIsAllowedExactlyWhenTheRoleHoldsItsAction(Role role) {
    String token = SharedApiStack.token("u-" + role.code(), role.code());
    String missingWorkflow = "grpc-test/missing-1";
    String missingTask = missingWorkflow + "/task-1";
    Map<String, Call> calls = new LinkedHashMap<>();
    calls.put(
        "ListInbox",
        new Call(
            Action.VIEW_INBOX,
            () -> grpc.tasks(token).listInbox(ListInboxRequest.newBuilder().setLimit(5).build())));
    calls.put(
        "ClaimTask",
        new Call(
            Action.CLAIM_TASK,
            () ->
                grpc.tasks(token)
                    .claimTask(ClaimTaskRequest.newBuilder().setTaskId(missingTask).build())));
    calls.put(
        "ResolveTask",
        new Call(
            Action.RESOLVE_TASK,
            () ->
                grpc.tasks(token)
                    .resolveTask(
                        ResolveTaskRequest.newBuilder()
                            .setTaskId(missingTask)
                            .setResolution("approved")
                            .build())));
    calls.put(
        "ReassignTask",
        new Call(
            Action.REASSIGN_TASK,
            () ->
                grpc.tasks(token)
                    .reassignTask(
                        ReassignTaskRequest.newBuilder()
                            .setTaskId(missingTask)
                            .setStaffId("bob")
                            .build())));
    calls.put(
        "SnoozeTask",
        new Call(
            Action.SNOOZE_TASK,
            () ->
                grpc.tasks(token)
                    .snoozeTask(
                        SnoozeTaskRequest.newBuilder()
                            .setTaskId(missingTask)
                            .setUntil(
                                Timestamp.newBuilder()
                                    .setSeconds(Instant.now().plusSeconds(3600).getEpochSecond()))
                            .setReasonCode("callback")
                            .build())));
    calls.put(
        "ListOutcomes",
        new Call(
            Action.VIEW_OUTCOME,
            () ->
                grpc.outcomes(token)
                    .listOutcomes(ListOutcomesRequest.newBuilder().setLimit(5).build())));
    calls.put(
        "GetOutcome",
        new Call(
            Action.VIEW_OUTCOME,
            () ->
                grpc.outcomes(token)
                    .getOutcome(
                        GetOutcomeRequest.newBuilder().setWorkflowId(missingWorkflow).build())));
    calls.put(
        "StartOutcome",
        new Call(
            Action.START_OUTCOME,
            () ->
                grpc.outcomes(token)
                    .startOutcome(
                        StartOutcomeRequest.newBuilder()
                            .setWorkflowType("NoSuchWorkflow")
                            .setWorkflowId(missingWorkflow)
                            .build())));
    calls.put(
        "SignalOutcome",
        new Call(
            Action.SIGNAL_OUTCOME,
            () ->
                grpc.outcomes(token)
                    .signalOutcome(
                        SignalOutcomeRequest.newBuilder()
                            .setWorkflowId(missingWorkflow)
                            .setName("acknowledge")
                            .build())));
    calls.put(
        "CompleteTask",
        new Call(
            Action.RESOLVE_TASK,
            () ->
                grpc.outcomes(token)
                    .completeTask(
                        CompleteTaskRequest.newBuilder()
                            .setWorkflowId(missingWorkflow)
                            .setTaskId("task-1")
                            .setResolution("approved")
                            .build())));
    calls.put(
        "CancelOutcome",
        new Call(
            Action.CANCEL_OUTCOME,
            () ->
                grpc.outcomes(token)
                    .cancelOutcome(
                        CancelOutcomeRequest.newBuilder()
                            .setWorkflowId(missingWorkflow)
                            .setReasonCode("duplicate")
                            .build())));
    calls.put(
        "IngestDocument",
        new Call(
            Action.START_OUTCOME,
            () ->
                grpc.documents(token)
                    .ingestDocument(
                        IngestDocumentRequest.newBuilder().setContent(ByteString.EMPTY).build())));
    calls.put(
        "GetDocument",
        new Call(
            Action.VIEW_OUTCOME,
            () ->
                grpc.documents(token)
                    .getDocument(
                        GetDocumentRequest.newBuilder().setDocumentId("0".repeat(64)).build())));

    for (Map.Entry<String, Call> entry : calls.entrySet()) {
      Call call = entry.getValue();
      String what = role.code() + " " + entry.getKey();
      if (Permissions.allows(role, call.action())) {
        assertNotEquals(Status.Code.PERMISSION_DENIED, code(call.rpc()), what + " is allowed");
      } else {
        StatusRuntimeException denied = failure(call.rpc());
        assertEquals(Status.Code.PERMISSION_DENIED, denied.getStatus().getCode(), what);
        assertTrue(
            denied.getStatus().getDescription().contains("may not " + call.action().code()),
            what + ": " + denied.getStatus().getDescription());
      }
    }
  }

  private record Call(Action action, Executable rpc) {}
}
