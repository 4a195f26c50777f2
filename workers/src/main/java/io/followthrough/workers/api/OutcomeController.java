package io.followthrough.workers.api;

import io.followthrough.sdk.OutcomeSearchAttributes;
import io.followthrough.workers.ops.OutcomeSummary;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionMetadata;
import java.util.List;
import java.util.Locale;

/** Minimal read API over outcomes: the same visibility listing the CLI uses. */
@Controller("/api/outcomes")
@Requires(beans = WorkflowClient.class)
@ExecuteOn(TaskExecutors.BLOCKING)
public final class OutcomeController {

  private static final int MAX = 500;

  private final WorkflowClient client;

  public OutcomeController(WorkflowClient client) {
    this.client = client;
  }

  /** Outcomes matching a visibility query (e.g. {@code ExecutionStatus = 'Running'}). */
  @Get
  public HttpResponse<?> list(@QueryValue @Nullable String query) {
    try {
      List<OutcomeSummary> outcomes =
          client.listExecutions(query == null ? "" : query).limit(MAX).map(this::summary).toList();
      return HttpResponse.ok(outcomes);
    } catch (io.temporal.client.WorkflowServiceException | io.grpc.StatusRuntimeException e) {
      return HttpResponse.badRequest(java.util.Map.of("error", "query rejected by Temporal"));
    }
  }

  private OutcomeSummary summary(WorkflowExecutionMetadata execution) {
    String stage = execution.getTypedSearchAttributes().get(OutcomeSearchAttributes.OUTCOME_STAGE);
    String status = execution.getStatus().name().replace("WORKFLOW_EXECUTION_STATUS_", "");
    return new OutcomeSummary(
        execution.getExecution().getWorkflowId(),
        execution.getWorkflowType(),
        status.charAt(0) + status.substring(1).toLowerCase(Locale.ROOT),
        stage == null ? "" : stage,
        execution.getStartTime().toString(),
        null,
        null,
        null,
        null);
  }
}
