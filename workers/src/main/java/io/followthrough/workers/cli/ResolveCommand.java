package io.followthrough.workers.cli;

import io.followthrough.api.v1.ResolveTaskRequest;
import io.followthrough.api.v1.ResolvedTask;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * `followthrough resolve <taskId> --resolution CODE`: sends the decision to the task's workflow
 * (its completeTask Update) over the gRPC API.
 */
@Command(
    name = "resolve",
    mixinStandardHelpOptions = true,
    description = "Resolve a human task with a decision; the workflow takes it as an Update.")
public final class ResolveCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "<taskId>", description = "Task id, as `inbox` lists it.")
  String taskId;

  @Option(
      names = "--resolution",
      required = true,
      paramLabel = "CODE",
      description = "The decision, a code such as approved or route-to-cardiology.")
  String resolution;

  @Mixin ApiOptions api;

  @Option(
      names = {"-o", "--output"},
      defaultValue = "text",
      description = "text or json (default ${DEFAULT-VALUE}).")
  OutputFormat output;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    ResolvedTask resolved;
    try (ApiClient client = ApiClient.connect(api, System.getenv())) {
      resolved =
          client.call(
              () ->
                  client
                      .tasks()
                      .resolveTask(
                          ResolveTaskRequest.newBuilder()
                              .setTaskId(taskId)
                              .setResolution(resolution)
                              .build()));
    }
    if (output == OutputFormat.json) {
      out.println(Json.pretty(Json.tree(resolved)));
    } else {
      out.println(
          "resolved "
              + resolved.getTaskId()
              + " as "
              + resolved.getResolution()
              + " (workflow "
              + resolved.getWorkflowId()
              + ", task "
              + resolved.getWorkflowTaskId()
              + ", by "
              + resolved.getBy()
              + ")");
    }
    out.flush();
    return ExitCodes.OK;
  }
}
