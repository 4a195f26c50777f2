package io.followthrough.workers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.followthrough.activities.practice.PatientRecord;
import io.followthrough.referral.ReferralView;
import io.followthrough.referral.ReferralWorkflow;
import io.followthrough.referral.SelfScheduleLinks;
import io.followthrough.workers.ReferralScenario.Standing;
import io.followthrough.workers.intake.DemoFaxes;
import io.followthrough.workers.intake.DemoReferral;
import io.followthrough.workers.temporal.TemporalConnection;
import io.temporal.client.WorkflowClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The flagship outcome end to end through the packaged jar: a generated referral fax dropped in the
 * inbox of `followthrough dev` becomes a referral that texts the patient a self-schedule link; the
 * patient books through the link, arrives and is checked out in the sandbox; the referring office
 * gets its update by fax and the workflow completes. The sandbox's outbox shows exactly one patient
 * message per rung reached.
 */
class ReferralEndToEndIT {
  private static final Duration STEP = Duration.ofSeconds(120);

  @TempDir Path workDir;

  @Test
  void faxedReferralEndsInAKeptAppointmentAndTheReferrerIsTold() throws Exception {
    int grpc = JarProcess.freePort();
    int httpPort = JarProcess.freePort();
    String address = "127.0.0.1:" + grpc;
    Path data = workDir.resolve(".followthrough");
    List<PatientRecord> patients =
        ReferralScenario.seedSandbox(data, ReferralScenario.awakeZone(30));
    PatientRecord patient = patients.get(0);
    DemoReferral referral =
        DemoReferral.of(patient, "cardiology", DemoReferral.OFFICES.get(0), false);
    ItHttp http = new ItHttp("http://127.0.0.1:" + httpPort);

    try (JarProcess dev =
            JarProcess.start(
                workDir, "dev", "--port", "" + grpc, "--http-port", "" + httpPort, "--no-demo");
        AutoCloseable stop = dev::terminate) {
      assertTrue(
          dev.awaitOutput("Followthrough dev is ready", Duration.ofSeconds(90)),
          dev.out() + dev.err());
      assertTrue(dev.out().contains("/sandbox/outbox"), dev.out());
      ReferralScenario.dropInInbox(
          workDir, data.resolve("inbox"), "referral-e2e.pdf", DemoFaxes.referral(referral));

      try (TemporalConnection temporal = ReferralScenario.connect(workDir, address)) {
        WorkflowClient client = temporal.client();
        Standing waiting =
            await(
                "a referral awaiting the patient",
                () ->
                    ReferralScenario.referrals(client).values().stream()
                        .filter(r -> ReferralScenario.AWAITING_PATIENT.equals(r.stage()))
                        .findFirst()
                        .orElse(null),
                dev);
        String workflowId = waiting.workflowId();
        ReferralWorkflow outcome = client.newWorkflowStub(ReferralWorkflow.class, workflowId);
        assertEquals(patient.ref(), outcome.referral().patientRef(), "matched the sandbox patient");

        // The first text carries the self-schedule link (the patient's phone never in a key).
        JsonNode firstText =
            await(
                "the first text to the patient",
                () ->
                    messages(http, "SMS").stream()
                        .filter(m -> m.get("idempotencyKey").asText().startsWith(workflowId + ":"))
                        .findFirst()
                        .orElse(null),
                dev);
        assertEquals(patient.ref(), firstText.get("recipientRef").asText());
        String link = linkIn(firstText);
        String token = SelfScheduleLinks.tokenOf(link).orElseThrow(() -> new AssertionError(link));
        assertTrue(link.startsWith("http://127.0.0.1:" + httpPort + "/sandbox/schedule/"), link);
        assertEquals(workflowId, SelfScheduleLinks.workflowId(token).orElseThrow());

        // The patient opens the link and books the first time offered.
        ItHttp.Answer offer = http.get("/sandbox/schedule/" + token);
        assertEquals(200, offer.status(), offer.body());
        assertEquals(patient.ref(), offer.json().get("patientRef").asText());
        String slotId = offer.json().get("slots").get(0).get("slotId").asText();
        ItHttp.Answer booked =
            http.post("/sandbox/schedule/" + token, "{\"slot_id\":\"" + slotId + "\"}");
        assertEquals(201, booked.status(), booked.body());
        String appointmentId = booked.json().get("appointmentId").asText();

        await(
            "the booking taken up by the workflow",
            () -> appointmentId.equals(outcome.referral().appointmentId()) ? true : null,
            dev);
        assertEquals(
            200, http.post("/sandbox/appointments/" + appointmentId + "/arrived", null).status());
        assertEquals(
            200,
            http.post("/sandbox/appointments/" + appointmentId + "/checked-out", null).status());

        await(
            "the referral completed",
            () -> ReferralScenario.referrals(client).get(workflowId).completed() ? true : null,
            dev);
        ReferralView view = outcome.referral();
        System.out.println("referral view: " + view);
        assertEquals("seen", view.disposition());
        assertEquals(appointmentId, view.appointmentId());

        // The referring office was told by fax, under this workflow's keys.
        List<JsonNode> faxes =
            messages(http, "FAX").stream()
                .filter(m -> m.get("idempotencyKey").asText().startsWith(workflowId + ":"))
                .toList();
        assertFalse(faxes.isEmpty(), "no fax to the referring office");
        assertTrue(
            faxes.stream().allMatch(f -> f.get("recipientRef").asText().equals(view.referrerRef())),
            faxes.toString());
        assertTrue(
            faxes.stream().anyMatch(f -> f.get("idempotencyKey").asText().contains(":close-loop")),
            faxes.toString());

        // Exactly one patient message per rung reached, and they are the ones the workflow counts.
        List<JsonNode> toPatient =
            messages(http, null).stream()
                .filter(m -> m.get("recipientRef").asText().equals(patient.ref()))
                .toList();
        Map<String, Integer> perRung = new TreeMap<>();
        toPatient.forEach(
            m ->
                perRung.merge(
                    ReferralScenario.rung(m.get("idempotencyKey").asText()), 1, Integer::sum));
        System.out.println("patient messages per rung: " + perRung);
        assertTrue(perRung.values().stream().allMatch(n -> n == 1), perRung.toString());
        assertTrue(
            perRung.containsKey(
                workflowId + ":" + ReferralScenario.AWAITING_PATIENT + ".first-contact"),
            perRung.toString());
        List<String> sentKeys = new ArrayList<>();
        toPatient.forEach(m -> sentKeys.add(m.get("idempotencyKey").asText()));
        assertTrue(
            view.messagesSent().containsAll(sentKeys), view.messagesSent() + " vs " + sentKeys);
      }
    }
  }

  /** The self-schedule link in a sent text: a variable, or the drafted body. */
  private static String linkIn(JsonNode message) {
    List<String> texts = new ArrayList<>();
    message.path("variables").forEach(v -> texts.add(v.asText()));
    texts.add(message.path("body").asText(""));
    for (String text : texts) {
      int at = text.indexOf("http");
      if (at >= 0 && text.contains(SelfScheduleLinks.PATH)) {
        return text.substring(at).split("\\s")[0];
      }
    }
    throw new AssertionError("no self-schedule link in " + message);
  }

  private static List<JsonNode> messages(ItHttp http, String channel) throws Exception {
    ItHttp.Answer outbox =
        http.get("/sandbox/outbox" + (channel == null ? "" : "?channel=" + channel));
    assertEquals(200, outbox.status(), outbox.body());
    return StreamSupport.stream(outbox.json().spliterator(), false).toList();
  }

  /**
   * Polls until {@code probe} answers non-null; fails with the jar's output after {@link #STEP}.
   */
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
    throw new AssertionError("no " + what + " within " + STEP + "\n" + tail(dev.out()));
  }

  private static String tail(String s) {
    return s.length() > 6000 ? s.substring(s.length() - 6000) : s;
  }
}
