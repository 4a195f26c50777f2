package io.followthrough.workers.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** `followthrough audit …`: the hash-chained audit log of PHI access in the ops store. */
@Command(
    name = "audit",
    description = "Check the audit log of PHI access.",
    mixinStandardHelpOptions = true,
    subcommands = {AuditVerifyCommand.class})
public final class AuditCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
