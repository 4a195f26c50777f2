package io.followthrough.workers.dev;

import com.google.protobuf.ByteString;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import io.temporal.api.workflow.v1.WorkflowExecutionInfo;
import io.temporal.api.workflowservice.v1.CountWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.CountWorkflowExecutionsResponse;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.api.workflowservice.v1.ListClosedWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.ListOpenWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.ListWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.ListWorkflowExecutionsResponse;
import io.temporal.internal.testservice.TestWorkflowService;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Answers {@code ListWorkflowExecutions} and {@code CountWorkflowExecutions} for the Java test
 * server, which keeps every execution but has no visibility queries (sdk-java issue 1693). Each
 * execution the test server knows is described (status, close time, current search attributes) and
 * filtered with a {@link VisibilityQuery}, so clients use the same standard API as on a cluster.
 */
final class DevVisibility {

  private static final int DEFAULT_PAGE_SIZE = 1000;
  private static final Comparator<WorkflowExecutionInfo> NEWEST_FIRST =
      Comparator.comparing(
              (WorkflowExecutionInfo info) ->
                  info.getStartTime().getSeconds() * 1_000_000_000L
                      + info.getStartTime().getNanos())
          .reversed();

  private final TestWorkflowService service;

  DevVisibility(TestWorkflowService service) {
    this.service = service;
  }

  void list(
      ListWorkflowExecutionsRequest request,
      StreamObserver<ListWorkflowExecutionsResponse> response) {
    try {
      List<WorkflowExecutionInfo> matching = matching(request.getNamespace(), request.getQuery());
      int offset = offset(request.getNextPageToken());
      int size = request.getPageSize() > 0 ? request.getPageSize() : DEFAULT_PAGE_SIZE;
      int end = Math.min(matching.size(), offset + size);
      ListWorkflowExecutionsResponse.Builder page =
          ListWorkflowExecutionsResponse.newBuilder()
              .addAllExecutions(matching.subList(Math.min(offset, end), end));
      if (end < matching.size()) {
        page.setNextPageToken(ByteString.copyFrom(Integer.toString(end), StandardCharsets.UTF_8));
      }
      response.onNext(page.build());
      response.onCompleted();
    } catch (StatusRuntimeException e) {
      response.onError(e);
    }
  }

  void count(
      CountWorkflowExecutionsRequest request,
      StreamObserver<CountWorkflowExecutionsResponse> response) {
    try {
      long count = matching(request.getNamespace(), request.getQuery()).size();
      response.onNext(CountWorkflowExecutionsResponse.newBuilder().setCount(count).build());
      response.onCompleted();
    } catch (StatusRuntimeException e) {
      response.onError(e);
    }
  }

  private List<WorkflowExecutionInfo> matching(String namespace, String queryText) {
    if (namespace.isEmpty()) {
      throw Status.INVALID_ARGUMENT
          .withDescription("Namespace not set on request.")
          .asRuntimeException();
    }
    VisibilityQuery query;
    try {
      query = VisibilityQuery.parse(queryText);
    } catch (IllegalArgumentException e) {
      throw Status.INVALID_ARGUMENT.withDescription(e.getMessage()).asRuntimeException();
    }
    List<WorkflowExecutionInfo> known = new ArrayList<>();
    known.addAll(
        Unary.call(
                service::listOpenWorkflowExecutions,
                ListOpenWorkflowExecutionsRequest.newBuilder().setNamespace(namespace).build())
            .getExecutionsList());
    known.addAll(
        Unary.call(
                service::listClosedWorkflowExecutions,
                ListClosedWorkflowExecutionsRequest.newBuilder().setNamespace(namespace).build())
            .getExecutionsList());
    List<WorkflowExecutionInfo> matching = new ArrayList<>();
    for (WorkflowExecutionInfo summary : known) {
      WorkflowExecutionInfo info = describe(namespace, summary);
      if (info != null && ExecutionAttributes.matches(query, info)) {
        matching.add(info);
      }
    }
    matching.sort(NEWEST_FIRST);
    return matching;
  }

  /** The full current view of an execution, or null when it belongs to another namespace. */
  private WorkflowExecutionInfo describe(String namespace, WorkflowExecutionInfo summary) {
    try {
      return Unary.call(
              service::describeWorkflowExecution,
              DescribeWorkflowExecutionRequest.newBuilder()
                  .setNamespace(namespace)
                  .setExecution(summary.getExecution())
                  .build())
          .getWorkflowExecutionInfo();
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
        return null;
      }
      throw e;
    }
  }

  private static int offset(ByteString token) {
    if (token.isEmpty()) {
      return 0;
    }
    try {
      return Math.max(0, Integer.parseInt(token.toStringUtf8()));
    } catch (NumberFormatException e) {
      throw Status.INVALID_ARGUMENT.withDescription("bad next page token").asRuntimeException();
    }
  }
}
