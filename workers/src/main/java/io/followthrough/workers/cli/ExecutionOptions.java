package io.followthrough.workers.cli;

import picocli.CommandLine.Option;

/** Which workflow execution a command addresses. */
public final class ExecutionOptions {

  @Option(
      names = {"--workflow-id", "-w"},
      required = true,
      paramLabel = "ID",
      description = "Workflow id, e.g. lab-result-follow-up/R-1.")
  String workflowId;

  @Option(
      names = {"--run-id", "-r"},
      paramLabel = "ID",
      description = "Run id (default: the latest run).")
  String runId;
}
