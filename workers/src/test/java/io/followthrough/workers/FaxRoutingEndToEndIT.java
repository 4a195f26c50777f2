package io.followthrough.workers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.followthrough.activities.practice.PatientRecord;
import io.followthrough.activities.practice.PracticeSandbox;
import io.followthrough.activities.practice.Provider;
import io.followthrough.activities.practice.SandboxPracticeSystem;
import io.followthrough.faxrouting.FaxRoutingView;
import io.followthrough.faxrouting.FaxRoutingWorkflow;
import io.followthrough.workers.faxrouting.DemoLabResult;
import io.followthrough.workers.temporal.TemporalConnection;
import io.temporal.client.WorkflowClient;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fax routing end to end through the packaged jar: a generated lab report about a sandbox patient,
 * ordered by a sandbox provider, dropped in the inbox of `followthrough dev`, is read by intake,
 * handed to fax routing, matched to the patient and filed to the provider's queue in the sandbox
 * chart; the provider acknowledges it through {@code /sandbox/charts}, the lab gets its fax and the
 * outcome completes.
 */
class FaxRoutingEndToEndIT {
  private static final Duration STEP = Duration.ofSeconds(120);

  @TempDir Path workDir;

  @Test
  void faxedLabResultIsFiledAcknowledgedAndTheLabTold() throws Exception {
    int grpc = JarProcess.freePort();
    int httpPort = JarProcess.freePort();
    Path data = workDir.resolve(".followthrough");
    List<PatientRecord> patients =
        ReferralScenario.seedSandbox(data, ReferralScenario.awakeZone(30));
    PatientRecord patient = patients.get(0);
    Provider provider =
        SandboxPracticeSystem.persistent(
                data.resolve("practice").resolve("sandbox.json"),
                PracticeSandbox.DEMO_SEED,
                Clock.systemUTC())
            .providers()
            .get(0);
    byte[] fax = DemoLabResult.fax(patient, provider);
    String documentId = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(fax));
    String workflowId = FaxRoutingWorkflow.workflowId(documentId);
    ItHttp http = new ItHttp("http://127.0.0.1:" + httpPort);

    try (JarProcess dev =
            JarProcess.start(
                workDir, "dev", "--port", "" + grpc, "--http-port", "" + httpPort, "--no-demo");
        AutoCloseable stop = dev::terminate) {
      assertTrue(
          dev.awaitOutput("Followthrough dev is ready", Duration.ofSeconds(90)),
          dev.out() + dev.err());
      ReferralScenario.dropInInbox(workDir, data.resolve("inbox"), "lab-e2e.pdf", fax);

      try (TemporalConnection temporal = ReferralScenario.connect(workDir, "127.0.0.1:" + grpc)) {
        WorkflowClient client = temporal.client();
        FaxRoutingWorkflow outcome = client.newWorkflowStub(FaxRoutingWorkflow.class, workflowId);
        await(
            "the result waiting for its provider",
            () -> {
              try {
                return "await-acknowledgement".equals(outcome.state().stage()) ? true : null;
              } catch (RuntimeException notYet) {
                return null;
              }
            },
            dev);

        // Filed in the patient's chart, in the ordering provider's queue.
        ItHttp.Answer listed = http.get("/sandbox/charts/filings?document=" + documentId);
        assertEquals(200, listed.status(), listed.body());
        List<JsonNode> filings = StreamSupport.stream(listed.json().spliterator(), false).toList();
        assertEquals(1, filings.size(), listed.body());
        JsonNode filing = filings.get(0);
        assertEquals(patient.ref(), filing.get("patientRef").asText());
        assertEquals("results", filing.get("section").asText());
        assertEquals("provider:" + provider.ref(), filing.get("queue").asText());
        assertEquals(workflowId, filing.get("workflowId").asText());
        ItHttp.Answer chart = http.get("/sandbox/charts/patients/" + patient.ref());
        assertEquals(200, chart.status(), chart.body());
        assertEquals(1, chart.json().get("results").size(), chart.body());
        assertTrue(faxesTo(http, "fax-sender:" + documentId).isEmpty(), "the lab hears later");

        // The provider acknowledges it in the chart.
        String filingId = filing.get("filingId").asText();
        ItHttp.Answer ack =
            http.post(
                "/sandbox/charts/filings/" + filingId + "/acknowledge",
                "{\"by\":\"" + provider.ref() + "\"}");
        assertEquals(200, ack.status(), ack.body());
        assertTrue(ack.json().get("signalled").asBoolean(), ack.body());

        await("the outcome completed", () -> outcome.state().completed() ? true : null, dev);
        FaxRoutingView view = outcome.routing();
        System.out.println("fax routing view: " + view);
        assertEquals("acknowledged", view.status());
        assertEquals(provider.ref(), view.acknowledgedBy());
        assertEquals(patient.ref(), view.patientRef());

        // The lab was told once, by fax, under this workflow's key, with a drafted body.
        List<JsonNode> toLab = faxesTo(http, "fax-sender:" + documentId);
        assertEquals(1, toLab.size(), toLab.toString());
        assertEquals(
            workflowId + ":notify-sender.fax:1", toLab.get(0).get("idempotencyKey").asText());
        assertTrue(
            toLab.get(0).path("body").asText("").contains("DOCUMENT RECEIVED"), toLab.toString());
      }
    }
  }

  private static List<JsonNode> faxesTo(ItHttp http, String recipient) throws Exception {
    ItHttp.Answer outbox = http.get("/sandbox/outbox?channel=FAX");
    assertEquals(200, outbox.status(), outbox.body());
    return StreamSupport.stream(outbox.json().spliterator(), false)
        .filter(m -> m.get("recipientRef").asText().equals(recipient))
        .toList();
  }

  private static <T> T await(String what, Callable<T> probe, JarProcess dev) throws Exception {
    long deadline = System.nanoTime() + STEP.toNanos();
    while (System.nanoTime() < deadline) {
      T value = probe.call();
      if (value != null) {
        return value;
      }
      assertTrue(dev.isAlive(), "dev died while waiting for " + what + "\n" + dev.err());
      Thread.sleep(250);
    }
    String out = dev.out();
    throw new AssertionError(
        "no "
            + what
            + " within "
            + STEP
            + "\n"
            + (out.length() > 6000 ? out.substring(out.length() - 6000) : out));
  }
}
