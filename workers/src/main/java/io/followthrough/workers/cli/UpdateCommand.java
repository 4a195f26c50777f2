package io.followthrough.workers.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.temporal.client.WorkflowClient;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "update",
    description = "Send an update to a workflow, wait for its result and print it as JSON.",
    mixinStandardHelpOptions = true)
final class UpdateCommand extends WorkflowVerb {

  @Mixin ExecutionOptions execution;

  @Option(names = "--name", required = true, description = "Update name.")
  String name;

  @Option(
      names = {"--input", "-i"},
      paramLabel = "JSON",
      converter = JsonInputConverter.class,
      description = "Update argument as JSON; repeat for several arguments.")
  List<JsonNode> inputs = new ArrayList<>();

  @Override
  void run(WorkflowClient client, PrintWriter out) {
    JsonNode result =
        client
            .newUntypedWorkflowStub(
                execution.workflowId, Optional.ofNullable(execution.runId), Optional.empty())
            .update(name, JsonNode.class, inputs.toArray());
    out.println(Json.pretty(result));
  }
}
