package io.followthrough.workers.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** `followthrough ledger …`: the ops store's ledger of outcome facts and its projections. */
@Command(
    name = "ledger",
    description = "Maintain the ops store's ledger and projections.",
    mixinStandardHelpOptions = true,
    subcommands = {LedgerRebuildCommand.class})
public final class LedgerCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
