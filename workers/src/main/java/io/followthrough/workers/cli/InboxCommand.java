package io.followthrough.workers.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.google.protobuf.Timestamp;
import io.followthrough.api.v1.ListInboxRequest;
import io.followthrough.api.v1.ListInboxResponse;
import io.followthrough.api.v1.Task;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `followthrough inbox`: the caller's open human tasks, over the gRPC API. */
@Command(
    name = "inbox",
    mixinStandardHelpOptions = true,
    description = "List the open human tasks for your role, most urgent first (gRPC API).")
public final class InboxCommand implements Callable<Integer> {

  @Mixin ApiOptions api;

  @Option(
      names = "--outcome-type",
      paramLabel = "TYPE",
      description = "Only tasks of this outcome type, e.g. fax-intake.")
  String outcomeType;

  @Option(
      names = "--limit",
      defaultValue = "50",
      description = "At most this many (1..200, default ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = {"-o", "--output"},
      defaultValue = "text",
      description = "text or json (default ${DEFAULT-VALUE}).")
  OutputFormat output;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    ListInboxRequest.Builder request = ListInboxRequest.newBuilder().setLimit(limit);
    if (outcomeType != null) {
      request.setOutcomeType(outcomeType);
    }
    ListInboxResponse inbox;
    try (ApiClient client = ApiClient.connect(api, System.getenv())) {
      inbox = client.call(() -> client.tasks().listInbox(request.build()));
    }
    if (output == OutputFormat.json) {
      ArrayNode tasks = Json.MAPPER.createArrayNode();
      inbox.getTasksList().forEach(t -> tasks.add(Json.tree(t)));
      out.println(Json.pretty(tasks));
    } else if (inbox.getTasksCount() == 0) {
      out.println("No open tasks.");
    } else {
      out.println(
          String.format(
              "%-3s %-9s %-12s %-20s %-22s %s", "P", "STATUS", "ROLE", "DUE", "REASON", "TASK"));
      for (Task t : inbox.getTasksList()) {
        out.println(
            String.format(
                "%-3d %-9s %-12s %-20s %-22s %s",
                t.getPriority(),
                t.getStatus(),
                t.getRole(),
                t.hasDueAt() ? time(t.getDueAt()) : "-",
                t.getReason().isEmpty() ? "-" : t.getReason(),
                t.getTaskId()));
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static String time(Timestamp t) {
    return Instant.ofEpochSecond(t.getSeconds()).toString();
  }
}
