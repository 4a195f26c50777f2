package io.followthrough.workers;

import io.followthrough.workers.cli.AuditCommand;
import io.followthrough.workers.cli.CliErrors;
import io.followthrough.workers.cli.EvalCommand;
import io.followthrough.workers.cli.ExitCodes;
import io.followthrough.workers.cli.InboxCommand;
import io.followthrough.workers.cli.IngestCommand;
import io.followthrough.workers.cli.LedgerCommand;
import io.followthrough.workers.cli.ResolveCommand;
import io.followthrough.workers.cli.WorkerCommand;
import io.followthrough.workers.cli.WorkflowCommand;
import io.followthrough.workers.dev.DevCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The `followthrough` command: dev stack, worker, Temporal-style workflow verbs, document intake,
 * and the ops store's ledger and audit tools.
 */
@Command(
    name = "followthrough",
    mixinStandardHelpOptions = true,
    version = "followthrough 0.1.0",
    description = "Durable outcomes for healthcare operations, on Temporal.",
    subcommands = {
      DevCommand.class,
      WorkerCommand.class,
      WorkflowCommand.class,
      IngestCommand.class,
      InboxCommand.class,
      ResolveCommand.class,
      EvalCommand.class,
      LedgerCommand.class,
      AuditCommand.class
    })
public final class Followthrough implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }

  /** The command line with the project's error handling, for main and for tests. */
  public static CommandLine commandLine() {
    return new CommandLine(new Followthrough()).setExecutionExceptionHandler(new CliErrors());
  }

  public static void main(String[] args) {
    if (args.length > 0 && "workflow".equals(args[0])) {
      System.setProperty("followthrough.log.codec", "ERROR");
    }
    System.exit(commandLine().execute(args));
  }
}
