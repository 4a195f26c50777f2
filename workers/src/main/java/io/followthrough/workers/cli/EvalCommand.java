package io.followthrough.workers.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** `followthrough eval …`: offline measurements (document understanding today). */
@Command(
    name = "eval",
    description = "Measure components on labelled data.",
    mixinStandardHelpOptions = true,
    subcommands = {EvalDocumentsCommand.class})
public final class EvalCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
