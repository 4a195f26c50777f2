package io.followthrough.workers.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.followthrough.sdk.OutcomeModule;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "start",
    description = "Start a workflow execution.",
    mixinStandardHelpOptions = true)
final class StartCommand extends WorkflowVerb {

  @Option(names = "--type", required = true, description = "Workflow type, e.g. LabResultFollowUp.")
  String type;

  @Option(
      names = {"--workflow-id", "-w"},
      paramLabel = "ID",
      description = "Workflow id (default: a random UUID). Outcomes use their business key.")
  String workflowId;

  @Option(
      names = {"--task-queue", "-t"},
      defaultValue = OutcomeModule.DEFAULT_TASK_QUEUE,
      description = "Task queue (default ${DEFAULT-VALUE}).")
  String taskQueue;

  @Option(
      names = {"--input", "-i"},
      paramLabel = "JSON",
      converter = JsonInputConverter.class,
      description = "Workflow argument as JSON; repeat for several arguments.")
  List<JsonNode> inputs = new ArrayList<>();

  @Override
  void run(WorkflowClient client, PrintWriter out) {
    String id = workflowId != null ? workflowId : UUID.randomUUID().toString();
    WorkflowExecution execution =
        client
            .newUntypedWorkflowStub(
                type,
                WorkflowOptions.newBuilder().setWorkflowId(id).setTaskQueue(taskQueue).build())
            .start(inputs.toArray());
    if (json()) {
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("workflowId", execution.getWorkflowId());
      result.put("runId", execution.getRunId());
      result.put("type", type);
      result.put("taskQueue", taskQueue);
      result.put("namespace", client.getOptions().getNamespace());
      out.println(Json.pretty(result));
    } else {
      out.println("Started " + type);
      out.println("  Workflow Id  " + execution.getWorkflowId());
      out.println("  Run Id       " + execution.getRunId());
      out.println("  Task Queue   " + taskQueue);
    }
  }
}
