package io.followthrough.workers.cli;

import io.temporal.client.WorkflowClient;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "cancel",
    description = "Request cancellation; the workflow may clean up first.",
    mixinStandardHelpOptions = true)
final class CancelCommand extends WorkflowVerb {

  @Mixin ExecutionOptions execution;

  @Option(names = "--reason", description = "Why (kept in history; no PHI).")
  String reason;

  @Override
  void run(WorkflowClient client, PrintWriter out) {
    client
        .newUntypedWorkflowStub(
            execution.workflowId, Optional.ofNullable(execution.runId), Optional.empty())
        .cancel(reason);
    if (json()) {
      out.println(Json.pretty(Map.of("workflowId", execution.workflowId, "cancelRequested", true)));
    } else {
      out.println("Cancellation requested for " + execution.workflowId);
    }
  }
}
