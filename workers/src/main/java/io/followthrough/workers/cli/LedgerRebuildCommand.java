package io.followthrough.workers.cli;

import io.followthrough.activities.store.OpsStore;
import io.followthrough.workers.ledger.LedgerRebuild;
import io.followthrough.workers.runtime.HttpRuntime;
import io.followthrough.workers.runtime.TemporalClients;
import io.followthrough.workers.temporal.SettingsSource;
import io.followthrough.workers.temporal.TemporalConnection;
import io.followthrough.workers.temporal.TemporalSettings;
import io.temporal.common.converter.DataConverter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * `followthrough ledger rebuild`: re-derives the ledger and its projections from the Temporal
 * histories of every outcome, with the store and payload keys the worker would use.
 */
@Command(
    name = "rebuild",
    description =
        "Read the ledger events of every outcome run from Temporal and re-derive the ops store's"
            + " projections (events the ledger lacks are stored).",
    mixinStandardHelpOptions = true)
final class LedgerRebuildCommand implements Callable<Integer> {

  @Mixin ConnectionOptions connection;

  @Mixin StoreOptions store;

  @Option(
      names = {"--query", "-q"},
      paramLabel = "QUERY",
      defaultValue = LedgerRebuild.ALL_OUTCOMES,
      description =
          "Visibility query choosing the runs (default: ${DEFAULT-VALUE}); runs without an"
              + " OutcomeType are skipped.")
  String query;

  @Option(
      names = {"--output", "-o"},
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  OutputFormat output;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (HttpRuntime runtime = store.startConfiguration()) {
      OpsStore ops = StoreOptions.store(runtime);
      DataConverter converter = runtime.bean(DataConverter.class);
      // As the worker: flags, then configuration, then the Temporal CLI's variables.
      TemporalSettings settings =
          TemporalSettings.from(
              connection
                  .flags()
                  .orElse(
                      key -> runtime.setting(SettingsSource.PREFIX + key).filter(v -> !v.isBlank()))
                  .orElse(TemporalClients.temporalCliEnvironment()));
      try (TemporalConnection temporal =
          TemporalClients.connect(settings, converter, TemporalClients.CLI_CHECK_TIMEOUT)) {
        LedgerRebuild.Summary summary =
            new LedgerRebuild(temporal.client(), converter, ops.rebuilder())
                .run(
                    query,
                    (index, total, run) -> {
                      err.println(progressLine(index, total, run));
                      err.flush();
                    });
        print(out, summary);
        return summary.failed().isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
      }
    }
  }

  private static String progressLine(int index, int total, LedgerRebuild.RunResult run) {
    String where = "[" + index + "/" + total + "] " + run.workflowId() + " run " + run.runId();
    if (run.error() != null) {
      return "error: " + where + ": " + run.error();
    }
    return where + ": " + run.events() + " events, " + run.inserted() + " new";
  }

  private void print(PrintWriter out, LedgerRebuild.Summary summary) {
    if (output == OutputFormat.json) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("runs", summary.runs());
      json.put("outcomes", summary.outcomes());
      json.put("events", summary.events());
      json.put("inserted", summary.inserted());
      List<Map<String, Object>> failed = new ArrayList<>();
      for (LedgerRebuild.RunResult run : summary.failed()) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("workflowId", run.workflowId());
        row.put("runId", run.runId());
        row.put("error", run.error());
        failed.add(row);
      }
      json.put("failed", failed);
      out.println(Json.pretty(json));
    } else {
      out.println(
          "rebuilt "
              + summary.outcomes()
              + " outcomes from "
              + summary.runs()
              + " runs: "
              + summary.events()
              + " ledger events, "
              + summary.inserted()
              + " new to the ledger"
              + (summary.failed().isEmpty()
                  ? ""
                  : "; " + summary.failed().size() + " runs failed (see above)"));
    }
    out.flush();
  }
}
