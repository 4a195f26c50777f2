package io.followthrough.workers.dev;

import io.followthrough.sdk.OutcomeModule;
import io.followthrough.workers.runtime.TemporalClients;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Tells the developer where everything is and what to type next. */
final class DevBanner {

  /** The line tests and scripts wait for. */
  static final String READY = "Followthrough dev is ready";

  private DevBanner() {}

  static void print(PrintWriter out, DevStack stack, String namespace, Path data, long millis) {
    String address = stack.grpcAddress();
    out.println();
    out.println("  Temporal (gRPC)  " + address + "   namespace: " + namespace);
    out.println(
        "  HTTP             " + stack.httpUrl() + "   health: " + stack.httpUrl() + "/health");
    if (stack.apiGrpcAddress() != null) {
      out.println(
          "  gRPC API         "
              + stack.apiGrpcAddress()
              + "   followthrough.v1 (outcomes, tasks, documents)");
    }
    out.println(
        "  Console          "
            + stack.httpUrl()
            + "/console/   (dev login: any staff id, any role)");
    out.println("  Data folder      " + data);
    out.println("  Inbox            " + stack.inbox() + "   (drop PDF/TIFF faxes here)");
    if (stack.workerRunning()) {
      out.println(
          "  Sandbox          "
              + stack.httpUrl()
              + "/sandbox/outbox   (what was texted/faxed; practice and patients are demo data)");
    } else {
      out.println(
          "  Sandbox          served by the worker: `followthrough worker --sandbox --http-port"
              + " <port>`");
    }
    out.println("  Payload codec    " + TemporalClients.codecDescription());
    if (stack.workerRunning()) {
      for (OutcomeModule module : stack.modules()) {
        out.println("  Worker           " + module.name() + " on task queue " + module.taskQueue());
      }
      if (stack.modules().isEmpty()) {
        out.println("  Worker           running, but no outcome module is on the classpath");
      }
    } else {
      out.println(
          "  Worker           not started (--no-worker): run `followthrough worker --address "
              + address
              + "`");
    }
    if (stack.demoOutcomes() > 0) {
      out.println("  Demo             " + stack.demoOutcomes() + " outcomes started");
    }
    out.println();
    String flag = address.equals("127.0.0.1:7233") ? "" : " --address " + address;
    out.println("  Try, in another terminal:");
    out.println(
        "    ./followthrough workflow start"
            + flag
            + " --type LabResultFollowUp -w lab-result-follow-up/R-1 \\");
    out.println(
        "        -i '{\"resultId\":\"R-1\",\"abnormal\":true,\"patientTimeZone\":\"America/New_York\"}'");
    out.println(
        "    ./followthrough workflow query" + flag + " -w lab-result-follow-up/R-1 --name state");
    out.println(
        "    ./followthrough workflow signal"
            + flag
            + " -w lab-result-follow-up/R-1 --name acknowledge -i '{\"by\":\"dr-1\"}'");
    out.println("    ./followthrough workflow list" + flag + " -q \"ExecutionStatus = 'Running'\"");
    String http =
        stack.httpUrl().equals("http://127.0.0.1:8080") ? "" : " --http " + stack.httpUrl();
    String api =
        "127.0.0.1:7243".equals(stack.apiGrpcAddress()) ? "" : " --api " + stack.apiGrpcAddress();
    out.println("    ./followthrough ingest" + http + api + " --wait path/to/fax.pdf");
    out.println("    ./followthrough inbox" + http + api);
    if (stack.workerRunning()) {
      out.println("    ./followthrough workflow list" + flag + " -q \"WorkflowType = 'Referral'\"");
      out.println(
          "    curl -s '"
              + stack.httpUrl()
              + "/sandbox/outbox?channel=SMS'   # each referral text has a self-schedule link:");
      out.println(
          "    open "
              + stack.httpUrl()
              + "/sandbox/schedule/<referral key>   # book as the patient, then mark the visit:");
      out.println(
          "    curl -s -X POST "
              + stack.httpUrl()
              + "/sandbox/appointments/<appt id>/arrived   # then .../checked-out");
    }
    out.println();
    out.println(
        READY + " in " + String.format("%.1f", millis / 1000.0) + " s. Press Ctrl-C to stop.");
    out.flush();
  }
}
