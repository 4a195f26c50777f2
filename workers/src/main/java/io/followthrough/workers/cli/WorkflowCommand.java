package io.followthrough.workers.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** `followthrough workflow …`: the Temporal-CLI-style verbs, over plain gRPC to any frontend. */
@Command(
    name = "workflow",
    description = "Start, signal, update, query, inspect and stop workflow executions.",
    mixinStandardHelpOptions = true,
    subcommands = {
      StartCommand.class,
      SignalCommand.class,
      UpdateCommand.class,
      QueryCommand.class,
      DescribeCommand.class,
      ListCommand.class,
      CancelCommand.class,
      TerminateCommand.class,
      ShowCommand.class
    })
public final class WorkflowCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
