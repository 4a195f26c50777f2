package io.followthrough.workers.cli;

import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.workflow.v1.WorkflowExecutionInfo;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionResponse;
import io.temporal.client.WorkflowClient;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "describe",
    description = "Show status, timing, pending activities and search attributes of a workflow.",
    mixinStandardHelpOptions = true)
final class DescribeCommand extends WorkflowVerb {

  @Mixin ExecutionOptions execution;

  @Override
  void run(WorkflowClient client, PrintWriter out) {
    WorkflowExecution.Builder target =
        WorkflowExecution.newBuilder().setWorkflowId(execution.workflowId);
    if (execution.runId != null) {
      target.setRunId(execution.runId);
    }
    DescribeWorkflowExecutionResponse response =
        client
            .getWorkflowServiceStubs()
            .blockingStub()
            .describeWorkflowExecution(
                DescribeWorkflowExecutionRequest.newBuilder()
                    .setNamespace(client.getOptions().getNamespace())
                    .setExecution(target)
                    .build());
    if (json()) {
      out.println(Json.proto(response));
      return;
    }
    WorkflowExecutionInfo info = response.getWorkflowExecutionInfo();
    out.println("Workflow Id      " + info.getExecution().getWorkflowId());
    out.println("Run Id           " + info.getExecution().getRunId());
    out.println("Type             " + info.getType().getName());
    out.println("Status           " + ExecutionText.status(info.getStatus()));
    out.println("Task Queue       " + info.getTaskQueue());
    out.println("Start Time       " + ExecutionText.time(info.hasStartTime(), info.getStartTime()));
    if (info.hasCloseTime()) {
      out.println("Close Time       " + ExecutionText.time(true, info.getCloseTime()));
    }
    out.println("History Length   " + info.getHistoryLength());
    out.println("Pending Activities " + response.getPendingActivitiesCount());
    ExecutionText.searchAttributes(info)
        .forEach((name, value) -> out.println("  " + name + " = " + value));
  }
}
