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
    name = "query",
    description = "Query a workflow and print the answer as JSON.",
    mixinStandardHelpOptions = true)
final class QueryCommand extends WorkflowVerb {

  @Mixin ExecutionOptions execution;

  @Option(names = "--name", required = true, description = "Query name, e.g. state or timeline.")
  String name;

  @Option(
      names = {"--input", "-i"},
      paramLabel = "JSON",
      converter = JsonInputConverter.class,
      description = "Query argument as JSON; repeat for several arguments.")
  List<JsonNode> inputs = new ArrayList<>();

  @Override
  void run(WorkflowClient client, PrintWriter out) {
    JsonNode answer =
        client
            .newUntypedWorkflowStub(
                execution.workflowId, Optional.ofNullable(execution.runId), Optional.empty())
            .query(name, JsonNode.class, inputs.toArray());
    out.println(Json.pretty(answer));
  }
}
