package io.followthrough.workers.cli;

/** Process exit codes of every command (documented in docs/cli.md). */
public final class ExitCodes {

  /** Success. */
  public static final int OK = 0;

  /** The workflow or the operation failed, was rejected, or was not found. */
  public static final int FAILED = 1;

  /** Bad command line (unknown option, missing value, invalid JSON input). */
  public static final int USAGE = 2;

  /** Temporal unreachable, unknown namespace, bad TLS material, bad configuration. */
  public static final int CONNECTION = 3;

  private ExitCodes() {}
}
