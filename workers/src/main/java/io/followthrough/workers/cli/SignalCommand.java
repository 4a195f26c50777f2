package io.followthrough.workers.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.temporal.client.WorkflowClient;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "signal",
    description = "Send a signal to a workflow.",
    mixinStandardHelpOptions = true)
final class SignalCommand extends WorkflowVerb {

  @Mixin ExecutionOptions execution;

  @Option(names = "--name", required = true, description = "Signal name, e.g. acknowledge.")
  String name;

  @Option(
      names = {"--input", "-i"},
      paramLabel = "JSON",
      converter = JsonInputConverter.class,
      description = "Signal argument as JSON; repeat for several arguments.")
  List<JsonNode> inputs = new ArrayList<>();

  @Override
  void run(WorkflowClient client, PrintWriter out) {
    client
        .newUntypedWorkflowStub(
            execution.workflowId, Optional.ofNullable(execution.runId), Optional.empty())
        .signal(name, inputs.toArray());
    if (json()) {
      out.println(Json.pretty(Map.of("workflowId", execution.workflowId, "signal", name)));
    } else {
      out.println("Signal " + name + " sent to " + execution.workflowId);
    }
  }
}
