package io.followthrough.workers.cli;

import io.temporal.client.WorkflowClient;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "terminate",
    description = "Stop a workflow at once, without cleanup.",
    mixinStandardHelpOptions = true)
final class TerminateCommand extends WorkflowVerb {

  @Mixin ExecutionOptions execution;

  @Option(names = "--reason", description = "Why (kept in history; no PHI).")
  String reason;

  @Override
  void run(WorkflowClient client, PrintWriter out) {
    client
        .newUntypedWorkflowStub(
            execution.workflowId, Optional.ofNullable(execution.runId), Optional.empty())
        .terminate(reason);
    if (json()) {
      out.println(Json.pretty(Map.of("workflowId", execution.workflowId, "terminated", true)));
    } else {
      out.println("Terminated " + execution.workflowId);
    }
  }
}
