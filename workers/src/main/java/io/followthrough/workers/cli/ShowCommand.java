package io.followthrough.workers.cli;

import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.common.WorkflowExecutionHistory;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "show",
    description = "Print the event history of a workflow.",
    mixinStandardHelpOptions = true)
final class ShowCommand extends WorkflowVerb {

  @Mixin ExecutionOptions execution;

  @Override
  void run(WorkflowClient client, PrintWriter out) {
    WorkflowExecutionHistory history = client.fetchHistory(execution.workflowId, execution.runId);
    if (json()) {
      out.println(history.toJson(true));
      return;
    }
    for (HistoryEvent event : history.getEvents()) {
      out.printf(
          "%5d  %-24s  %s%n",
          event.getEventId(),
          ExecutionText.time(event.hasEventTime(), event.getEventTime()),
          eventName(event));
    }
  }

  /** {@code EVENT_TYPE_ACTIVITY_TASK_COMPLETED} → {@code ActivityTaskCompleted}. */
  private static String eventName(HistoryEvent event) {
    StringBuilder out = new StringBuilder();
    for (String part : event.getEventType().name().replace("EVENT_TYPE_", "").split("_")) {
      out.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
    }
    return out.toString();
  }
}
