package io.followthrough.workers.cli;

import io.followthrough.activities.store.OpsStore;
import io.followthrough.activities.store.audit.AuditVerification;
import io.followthrough.workers.runtime.HttpRuntime;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * `followthrough audit verify`: walks the audit chain of the configured store. Exit 0 when every
 * row and the chain head check out, 1 with the first broken row otherwise.
 */
@Command(
    name = "verify",
    description =
        "Recompute the audit log's hash chain; exit 1 naming the first edited, deleted, inserted"
            + " or reordered row.",
    mixinStandardHelpOptions = true)
final class AuditVerifyCommand implements Callable<Integer> {

  @Mixin StoreOptions store;

  @Option(
      names = {"--output", "-o"},
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  OutputFormat output;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (HttpRuntime runtime = store.startConfiguration()) {
      OpsStore ops = StoreOptions.store(runtime);
      AuditVerification result = ops.auditLog().verify();
      String head = ops.auditLog().headHash();
      PrintWriter out = spec.commandLine().getOut();
      if (output == OutputFormat.json) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("intact", result.intact());
        json.put("rowsChecked", result.rowsChecked());
        json.put("firstBrokenSeq", result.firstBrokenSeq());
        json.put("problem", result.problem());
        json.put("headHash", head);
        out.println(Json.pretty(json));
      } else if (result.intact()) {
        out.println(
            "audit log intact: " + result.rowsChecked() + " rows checked, head hash " + head);
      } else {
        out.println(
            "audit log BROKEN at seq "
                + result.firstBrokenSeq()
                + ": "
                + result.problem()
                + " ("
                + result.rowsChecked()
                + " rows checked)");
      }
      out.flush();
      return result.intact() ? ExitCodes.OK : ExitCodes.FAILED;
    }
  }
}
