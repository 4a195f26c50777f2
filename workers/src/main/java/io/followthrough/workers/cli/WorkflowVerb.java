package io.followthrough.workers.cli;

import io.followthrough.workers.runtime.TemporalClients;
import io.followthrough.workers.temporal.TemporalConnection;
import io.temporal.client.WorkflowClient;
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
    try (TemporalConnection temporal =
        TemporalClients.connect(
            connection.settings(),
            TemporalClients.cliDataConverter(),
            TemporalClients.CLI_CHECK_TIMEOUT)) {
      run(temporal.client(), spec.commandLine().getOut());
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }
  }

  /** Does the work; throws on failure (mapped to an exit code by {@link CliErrors}). */
  abstract void run(WorkflowClient client, PrintWriter out) throws Exception;

  boolean json() {
    return output == OutputFormat.json;
  }
}
