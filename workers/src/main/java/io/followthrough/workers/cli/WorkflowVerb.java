package io.followthrough.workers.cli;

import io.followthrough.workers.runtime.TemporalClients;
import io.followthrough.workers.runtime.TemporalTarget;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** A `followthrough workflow …` verb: connects, runs, prints, returns an exit code. */
abstract class WorkflowVerb implements Callable<Integer> {

  @Mixin ConnectionOptions connection;

  @Option(
      names = {"--output", "-o"},
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  OutputFormat output;

  @Spec CommandSpec spec;

  @Override
  public final Integer call() throws Exception {
    TemporalTarget target = connection.target();
    WorkflowServiceStubs stubs = TemporalClients.connect(target);
    try {
      run(TemporalClients.client(stubs, target), spec.commandLine().getOut());
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    } finally {
      stubs.shutdownNow();
    }
  }

  /** Does the work; throws on failure (mapped to an exit code by {@link CliErrors}). */
  abstract void run(WorkflowClient client, PrintWriter out) throws Exception;

  boolean json() {
    return output == OutputFormat.json;
  }
}
