package io.followthrough.workers.ops;

import com.fasterxml.jackson.databind.JsonNode;
import io.followthrough.sdk.OutcomeState;
import io.followthrough.sdk.TimelineEntry;
import io.temporal.api.sdk.v1.WorkflowInteractionDefinition;
import io.temporal.api.sdk.v1.WorkflowMetadata;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionDescription;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowStub;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Reads outcome workflows through Temporal: describe, and the {@code state}, {@code timeline} and
 * outcome-specific queries, each bounded by a timeout so a workflow whose worker is down cannot
 * stall a page. Queries run on the given executor.
 */
public final class WorkflowReads {

  private static final Set<String> COMMON_QUERIES = Set.of("state", "timeline");

  private final WorkflowClient client;
  private final Executor executor;
  private final Duration queryTimeout;

  public WorkflowReads(WorkflowClient client, Executor executor, Duration queryTimeout) {
    this.client = client;
    this.executor = executor;
    this.queryTimeout = queryTimeout;
  }

  public WorkflowClient client() {
    return client;
  }

  /** Status, type and search attributes; NOT_FOUND when Temporal has no such workflow. */
  public WorkflowExecutionDescription describe(String workflowId) {
    try {
      return client.newUntypedWorkflowStub(workflowId).describe();
    } catch (WorkflowNotFoundException e) {
      throw outcomeNotFound(workflowId);
    } catch (io.temporal.client.WorkflowServiceException e) {
      if (e.getCause() instanceof io.grpc.StatusRuntimeException s
          && s.getStatus().getCode() == io.grpc.Status.Code.NOT_FOUND) {
        throw outcomeNotFound(workflowId);
      }
      throw e;
    }
  }

  /** The {@code state} query; empty when unanswered within the timeout or not answered at all. */
  public CompletableFuture<Optional<OutcomeState>> state(String workflowId) {
    return query(workflowId, "state", () -> stub(workflowId).query("state", OutcomeState.class));
  }

  /** The {@code timeline} query; empty when unanswered. */
  public CompletableFuture<Optional<List<TimelineEntry>>> timeline(String workflowId) {
    return query(
        workflowId,
        "timeline",
        () -> {
          TimelineEntry[] entries = stub(workflowId).query("timeline", TimelineEntry[].class);
          return entries == null ? List.of() : List.of(entries);
        });
  }

  /**
   * Answers of the workflow's other queries (e.g. {@code referral}, {@code intake}), by name: the
   * names come from Temporal's built-in workflow metadata query, so no outcome type needs code
   * here. Queries that take arguments or fail are left out.
   */
  public Map<String, JsonNode> views(String workflowId) {
    Optional<WorkflowMetadata> metadata =
        await(
            query(
                workflowId,
                WorkflowClient.QUERY_TYPE_WORKFLOW_METADATA,
                () ->
                    stub(workflowId)
                        .query(
                            WorkflowClient.QUERY_TYPE_WORKFLOW_METADATA, WorkflowMetadata.class)));
    if (metadata.isEmpty()) {
      return Map.of();
    }
    List<String> names = new ArrayList<>();
    for (WorkflowInteractionDefinition query :
        metadata.get().getDefinition().getQueryDefinitionsList()) {
      String name = query.getName();
      if (!name.isEmpty() && !name.startsWith("__") && !COMMON_QUERIES.contains(name)) {
        names.add(name);
      }
    }
    names.sort(String::compareTo);
    Map<String, CompletableFuture<Optional<JsonNode>>> pending = new LinkedHashMap<>();
    for (String name : names) {
      pending.put(
          name, query(workflowId, name, () -> stub(workflowId).query(name, JsonNode.class)));
    }
    Map<String, JsonNode> views = new LinkedHashMap<>();
    pending.forEach((name, answer) -> await(answer).ifPresent(value -> views.put(name, value)));
    return views;
  }

  /** Any query without arguments, as {@code type}; empty when unanswered. */
  public <T> CompletableFuture<Optional<T>> query(String workflowId, String name, Class<T> type) {
    return query(workflowId, name, () -> stub(workflowId).query(name, type));
  }

  /** The future's value, or empty when it did not finish within the query timeout. */
  public <T> Optional<T> await(CompletableFuture<Optional<T>> answer) {
    return awaitUntil(answer, deadline());
  }

  /**
   * When queries started now must have answered: now plus the query timeout ({@link
   * System#nanoTime}).
   */
  public long deadline() {
    return System.nanoTime() + queryTimeout.toNanos();
  }

  /**
   * The future's value, or empty when it has not finished by {@code deadlineNanos}: a page that
   * waits for many queries shares one deadline, so a worker that is down costs one timeout, not one
   * per query.
   */
  public <T> Optional<T> awaitUntil(CompletableFuture<Optional<T>> answer, long deadlineNanos) {
    try {
      long left = Math.max(0, deadlineNanos - System.nanoTime());
      return answer.get(left, TimeUnit.NANOSECONDS);
    } catch (TimeoutException | ExecutionException e) {
      answer.cancel(true);
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private WorkflowStub stub(String workflowId) {
    return client.newUntypedWorkflowStub(workflowId);
  }

  private <T> CompletableFuture<Optional<T>> query(
      String workflowId, String name, Supplier<T> call) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return Optional.ofNullable(call.get());
          } catch (RuntimeException e) {
            // Unknown query, no worker, a closed workflow whose worker cannot replay it: no answer.
            return Optional.empty();
          }
        },
        executor);
  }

  static OperationException outcomeNotFound(String workflowId) {
    return OperationException.notFound("OUTCOME_NOT_FOUND", "no outcome " + workflowId);
  }
}
