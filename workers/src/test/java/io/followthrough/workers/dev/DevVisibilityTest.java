package io.followthrough.workers.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.workers.fixtures.RunningDevServer;
import io.followthrough.workers.fixtures.TestOutcome;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.workflowservice.v1.CountWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.ListWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.ListWorkflowExecutionsResponse;
import io.temporal.client.WorkflowExecutionMetadata;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ListWorkflowExecutions and CountWorkflowExecutions through the standard gRPC API. */
class DevVisibilityTest {

  @TempDir static Path data;
  static RunningDevServer dev;

  @BeforeAll
  static void startServerAndOutcomes() throws Exception {
    dev = new RunningDevServer(data);
    for (String id : List.of("a", "b", "c")) {
      dev.client
          .newUntypedWorkflowStub(
              TestOutcome.TYPE,
              WorkflowOptions.newBuilder()
                  .setWorkflowId("test-outcome/" + id)
                  .setTaskQueue("followthrough")
                  .build())
          .start(Map.of("id", id));
    }
    WorkflowStub c = dev.client.newUntypedWorkflowStub("test-outcome/c");
    awaitStage("test-outcome/c", "waiting");
    c.signal("finish", Map.of("by", "dr-1"));
    assertEquals("done by dr-1", c.getResult(String.class));
    awaitStage("test-outcome/a", "waiting");
    awaitStage("test-outcome/b", "waiting");
  }

  @AfterAll
  static void stop() {
    dev.close();
  }

  @Test
  void listsAllExecutionsOfTheNamespaceNewestFirst() {
    List<String> ids = ids("");
    assertEquals(List.of("test-outcome/c", "test-outcome/b", "test-outcome/a"), ids);
  }

  @Test
  void filtersByStatusTypeIdAndCustomSearchAttributes() {
    assertEquals(
        Set.of("test-outcome/a", "test-outcome/b"), Set.copyOf(ids("ExecutionStatus = 'Running'")));
    assertEquals(List.of("test-outcome/c"), ids("ExecutionStatus = 'Completed'"));
    assertEquals(
        List.of("test-outcome/c"), ids("OutcomeStage = 'done' AND WorkflowType = 'TestOutcome'"));
    assertEquals(List.of("test-outcome/b"), ids("WorkflowId = 'test-outcome/b'"));
    assertEquals(
        List.of("test-outcome/c", "test-outcome/a"), ids("WorkflowId != 'test-outcome/b'"));
    assertEquals(List.of(), ids("WorkflowType = 'SomethingElse'"));
  }

  @Test
  void reportsCurrentSearchAttributesAndCloseTime() {
    WorkflowExecutionMetadata closed =
        dev.client.listExecutions("WorkflowId = 'test-outcome/c'").findFirst().orElseThrow();
    assertEquals(
        "done",
        closed
            .getTypedSearchAttributes()
            .get(io.followthrough.sdk.OutcomeSearchAttributes.OUTCOME_STAGE));
    assertTrue(closed.getCloseTime() != null);
  }

  @Test
  void countsAndPages() {
    assertEquals(2, dev.client.countWorkflows("ExecutionStatus = 'Running'").getCount());
    ListWorkflowExecutionsResponse first =
        list(ListWorkflowExecutionsRequest.newBuilder().setPageSize(2));
    assertEquals(2, first.getExecutionsCount());
    ListWorkflowExecutionsResponse second =
        list(
            ListWorkflowExecutionsRequest.newBuilder()
                .setPageSize(2)
                .setNextPageToken(first.getNextPageToken()));
    assertEquals(1, second.getExecutionsCount());
    assertTrue(second.getNextPageToken().isEmpty());
  }

  @Test
  void otherNamespacesSeeNothing() {
    ListWorkflowExecutionsResponse other =
        dev.stubs
            .blockingStub()
            .listWorkflowExecutions(
                ListWorkflowExecutionsRequest.newBuilder().setNamespace("other").build());
    assertEquals(0, other.getExecutionsCount());
  }

  @Test
  void unsupportedQueryIsInvalidArgument() {
    StatusRuntimeException e =
        assertThrows(
            StatusRuntimeException.class,
            () ->
                dev.stubs
                    .blockingStub()
                    .countWorkflowExecutions(
                        CountWorkflowExecutionsRequest.newBuilder()
                            .setNamespace("default")
                            .setQuery("StartTime > '2020-01-01'")
                            .build()));
    assertEquals(Status.Code.INVALID_ARGUMENT, e.getStatus().getCode());
  }

  private static ListWorkflowExecutionsResponse list(
      ListWorkflowExecutionsRequest.Builder request) {
    return dev.stubs.blockingStub().listWorkflowExecutions(request.setNamespace("default").build());
  }

  private static List<String> ids(String query) {
    return dev.client
        .listExecutions(query)
        .map(e -> e.getExecution().getWorkflowId())
        .collect(Collectors.toList());
  }

  static void awaitStage(String workflowId, String stage) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      Map<?, ?> state = dev.client.newUntypedWorkflowStub(workflowId).query("state", Map.class);
      if (stage.equals(state.get("stage"))) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError(workflowId + " never reached stage " + stage);
  }
}
