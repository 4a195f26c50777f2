package io.followthrough.workers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.followthrough.activities.practice.PatientRecord;
import io.followthrough.activities.practice.SandboxReadiness;
import io.followthrough.readiness.ReadinessItems;
import io.followthrough.readiness.ReadinessResult;
import io.followthrough.readiness.ReadinessView;
import io.followthrough.readiness.ReadinessWorkflow;
import io.followthrough.workers.temporal.TemporalConnection;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Intake readiness end to end through the packaged jar: a visit booked in the sandbox for a patient
 * who misses intake items starts {@code intake-readiness/<appointmentId>} (the trigger), which
 * texts the patient what is missing; the patient completes the items through the sandbox and the
 * outcome completes {@code ready}. A second booking, cancelled in the sandbox, ends its outcome
 * {@code appointment-cancelled}.
 */
class IntakeReadinessEndToEndIT {
  private static final Duration STEP = Duration.ofSeconds(120);

  @TempDir Path workDir;

  @Test
  void aBookingWithMissingItemsIsAskedForAndEndsReady() throws Exception {
    int grpc = JarProcess.freePort();
    int httpPort = JarProcess.freePort();
    Path data = workDir.resolve(".followthrough");
    List<PatientRecord> incomplete =
        ReferralScenario.seedSandbox(data, ReferralScenario.awakeZone(30)).stream()
            .filter(p -> !SandboxReadiness.demoDefaults(p).contains(ReadinessItems.INTAKE_FORMS))
            .toList();
    assertTrue(incomplete.size() >= 2, "demo patients missing forms: " + incomplete);
    PatientRecord patient = incomplete.get(0);
    PatientRecord other = incomplete.get(1);
    ItHttp http = new ItHttp("http://127.0.0.1:" + httpPort);

    try (JarProcess dev =
            JarProcess.start(
                workDir, "dev", "--port", "" + grpc, "--http-port", "" + httpPort, "--no-demo");
        AutoCloseable stop = dev::terminate) {
      assertTrue(
          dev.awaitOutput("Followthrough dev is ready", Duration.ofSeconds(90)),
          dev.out() + dev.err());

      ItHttp.Answer before = http.get("/sandbox/patients/" + patient.ref() + "/readiness");
      assertEquals(200, before.status(), before.body());
      List<String> missing = new ArrayList<>(ReadinessItems.ON_FILE);
      before.json().get("onFile").forEach(i -> missing.remove(i.asText()));
      missing.remove(ReadinessItems.REFERRAL); // dermatology needs neither
      missing.remove(ReadinessItems.AUTHORIZATION);
      assertTrue(missing.contains(ReadinessItems.INTAKE_FORMS), missing.toString());

      // Staff book two dermatology visits a week or more ahead.
      List<JsonNode> slots = dermatologySlots(http);
      String appointmentId = book(http, patient, slots.get(0), "it-readiness-1");
      String cancelledId = book(http, other, slots.get(1), "it-readiness-2");
      String workflowId = ReadinessWorkflow.workflowId(appointmentId);

      // The trigger started the outcome, which texts the patient what is missing.
      JsonNode ask =
          await(
              "the readiness request to the patient",
              () ->
                  messages(http).stream()
                      .filter(m -> m.get("idempotencyKey").asText().startsWith(workflowId + ":"))
                      .findFirst()
                      .orElse(null),
              dev);
      System.out.println("readiness ask: " + ask);
      assertEquals(patient.ref(), ask.get("recipientRef").asText());
      assertEquals("SMS", ask.get("channel").asText());
      assertEquals(workflowId + ":awaiting-patient.ask.sms:1", ask.get("idempotencyKey").asText());
      assertTrue(ask.path("body").asText("").contains(appointmentId), "the form link: " + ask);

      try (TemporalConnection temporal = ReferralScenario.connect(workDir, "127.0.0.1:" + grpc)) {
        WorkflowClient client = temporal.client();
        ReadinessWorkflow outcome = client.newWorkflowStub(ReadinessWorkflow.class, workflowId);
        ReadinessView view = outcome.readiness();
        assertEquals(missing, view.missing(), view.toString());
        assertTrue(view.messagesSent().contains(ask.get("idempotencyKey").asText()));

        // The patient completes the items; each completion tells the outcome.
        for (String item : missing) {
          ItHttp.Answer done =
              http.post("/sandbox/patients/" + patient.ref() + "/readiness/" + item, null);
          assertEquals(200, done.status(), done.body());
        }
        ReadinessResult result =
            WorkflowStub.fromTyped(outcome)
                .getResult(STEP.toSeconds(), TimeUnit.SECONDS, ReadinessResult.class);
        assertEquals("ready", result.status());
        assertEquals(List.of(), result.missing());
        assertEquals(1, outcome.readiness().asks(), "one ask, no reminder");

        // The other booking is cancelled at the desk: its outcome ends.
        String otherId = ReadinessWorkflow.workflowId(cancelledId);
        await(
            "the second outcome asking",
            () ->
                messages(http).stream()
                        .anyMatch(m -> m.get("idempotencyKey").asText().startsWith(otherId + ":"))
                    ? true
                    : null,
            dev);
        assertEquals(
            200,
            http.post(
                    "/sandbox/appointments/" + cancelledId + "/cancel?reason=patient-request", null)
                .status());
        ReadinessResult cancelled =
            client
                .newUntypedWorkflowStub(otherId)
                .getResult(STEP.toSeconds(), TimeUnit.SECONDS, ReadinessResult.class);
        assertEquals("appointment-cancelled", cancelled.status());
        assertFalse(cancelled.missing().isEmpty());
      }
    }
  }

  private static List<JsonNode> dermatologySlots(ItHttp http) throws Exception {
    Instant from = Instant.now().plus(Duration.ofDays(7));
    ItHttp.Answer answer =
        http.get(
            "/sandbox/slots?specialty=dermatology&urgency=routine&from="
                + from
                + "&to="
                + from.plus(Duration.ofDays(14)));
    assertEquals(200, answer.status(), answer.body());
    List<JsonNode> slots = StreamSupport.stream(answer.json().spliterator(), false).toList();
    assertTrue(slots.size() >= 2, answer.body());
    return slots;
  }

  private static String book(ItHttp http, PatientRecord patient, JsonNode slot, String key)
      throws Exception {
    ItHttp.Answer booked =
        http.post(
            "/sandbox/appointments",
            "{\"patient_ref\":\""
                + patient.ref()
                + "\",\"slot_id\":\""
                + slot.get("slotId").asText()
                + "\",\"idempotency_key\":\""
                + key
                + "\"}");
    assertEquals(201, booked.status(), booked.body());
    return booked.json().get("appointmentId").asText();
  }

  private static List<JsonNode> messages(ItHttp http) throws Exception {
    ItHttp.Answer outbox = http.get("/sandbox/outbox");
    assertEquals(200, outbox.status(), outbox.body());
    return StreamSupport.stream(outbox.json().spliterator(), false).toList();
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
        "no " + what + " within " + STEP + "\n" + out.substring(Math.max(0, out.length() - 6000)));
  }
}
