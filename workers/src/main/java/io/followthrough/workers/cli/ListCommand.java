package io.followthrough.workers.cli;

import com.google.protobuf.ByteString;
import io.temporal.api.workflow.v1.WorkflowExecutionInfo;
import io.temporal.api.workflowservice.v1.ListWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.ListWorkflowExecutionsResponse;
import io.temporal.client.WorkflowClient;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "list",
    description = "List workflow executions matching a visibility query, newest first.",
    mixinStandardHelpOptions = true)
final class ListCommand extends WorkflowVerb {

  @Option(
      names = {"--query", "-q"},
      paramLabel = "QUERY",
      description =
          "Visibility query, e.g. \"WorkflowType = 'LabResultFollowUp' AND ExecutionStatus = 'Running'\".")
  String query = "";

  @Option(
      names = "--limit",
      defaultValue = "100",
      description = "At most this many (default ${DEFAULT-VALUE}).")
  int limit;

  @Override
  void run(WorkflowClient client, PrintWriter out) {
    List<WorkflowExecutionInfo> executions = fetch(client);
    if (json()) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (WorkflowExecutionInfo info : executions) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("workflowId", info.getExecution().getWorkflowId());
        row.put("runId", info.getExecution().getRunId());
        row.put("type", info.getType().getName());
        row.put("status", ExecutionText.status(info.getStatus()));
        row.put("startTime", ExecutionText.time(info.hasStartTime(), info.getStartTime()));
        row.put("closeTime", ExecutionText.time(info.hasCloseTime(), info.getCloseTime()));
        row.put("searchAttributes", ExecutionText.searchAttributes(info));
        rows.add(row);
      }
      out.println(Json.pretty(rows));
      return;
    }
    String format = "%-11s %-40s %-20s %-26s %s%n";
    out.printf(format, "STATUS", "WORKFLOW ID", "TYPE", "STAGE", "STARTED");
    for (WorkflowExecutionInfo info : executions) {
      Object stage = ExecutionText.searchAttributes(info).getOrDefault("OutcomeStage", "");
      out.printf(
          format,
          ExecutionText.status(info.getStatus()),
          info.getExecution().getWorkflowId(),
          info.getType().getName(),
          stage,
          ExecutionText.time(info.hasStartTime(), info.getStartTime()));
    }
  }

  private List<WorkflowExecutionInfo> fetch(WorkflowClient client) {
    List<WorkflowExecutionInfo> executions = new ArrayList<>();
    ByteString token = ByteString.EMPTY;
    do {
      ListWorkflowExecutionsResponse page =
          client
              .getWorkflowServiceStubs()
              .blockingStub()
              .listWorkflowExecutions(
                  ListWorkflowExecutionsRequest.newBuilder()
                      .setNamespace(client.getOptions().getNamespace())
                      .setQuery(query)
                      .setPageSize(Math.min(limit, 1000))
                      .setNextPageToken(token)
                      .build());
      for (WorkflowExecutionInfo info : page.getExecutionsList()) {
        if (executions.size() < limit) {
          executions.add(info);
        }
      }
      token = page.getNextPageToken();
    } while (!token.isEmpty() && executions.size() < limit);
    return executions;
  }
}
