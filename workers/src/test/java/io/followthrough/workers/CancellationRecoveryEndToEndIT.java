package io.followthrough.workers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.followthrough.recovery.CancellationRecoveryWorkflow;
import io.followthrough.recovery.RecoveryView;
import io.followthrough.workers.temporal.TemporalConnection;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.client.WorkflowClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cancellation recovery end to end through the packaged jar, driven only by sandbox HTTP: an
 * appointment booked by staff is cancelled; twenty waitlisted patients are texted the freed slot at
 * once (wave size 20 from the environment) and all twenty reply YES at the same moment through the
 * channel webhook. Exactly one is booked into the slot, nineteen are told it is taken; the
 * cancelling patient is offered a new time, says yes and is rebooked; the outcome completes.
 */
class CancellationRecoveryEndToEndIT {
  private static final Duration STEP = Duration.ofSeconds(120);
  private static final int WAITING = 20;

  @TempDir Path workDir;

  @Test
  void aCancelledSlotIsRefilledOnceUnderTwentyConcurrentYesesAndThePatientIsRebooked()
      throws Exception {
    int grpc = JarProcess.freePort();
    int httpPort = JarProcess.freePort();
    int apiPort = JarProcess.freePort();
    Path data = workDir.resolve(".followthrough");
    // Every patient lives where it is daytime, so nothing waits for the end of quiet hours.
    ReferralScenario.seedSandbox(data, ReferralScenario.awakeZone(60));
    ItHttp http = new ItHttp("http://127.0.0.1:" + httpPort);

    try (JarProcess dev =
            JarProcess.start(
                Map.of("FOLLOWTHROUGH_RECOVERY_WAVE_SIZE", "" + WAITING),
                workDir,
                "dev",
                "--port",
                "" + grpc,
                "--http-port",
                "" + httpPort,
                "--grpc-api-port",
                "" + apiPort,
                "--no-demo");
        AutoCloseable stop = dev::terminate) {
      assertTrue(
          dev.awaitOutput("Followthrough dev is ready", Duration.ofSeconds(90)),
          dev.out() + dev.err());

      // Staff book a cardiology slot two days out for the first patient.
      List<String> patients = new ArrayList<>();
      http.get("/sandbox/patients").json().forEach(p -> patients.add(p.get("ref").asText()));
      String cancelling = patients.get(0);
      Instant from = Instant.now().plus(Duration.ofDays(2));
      ItHttp.Answer slots =
          http.get(
              "/sandbox/slots?specialty=cardiology&urgency=ROUTINE&from="
                  + from
                  + "&to="
                  + from.plus(Duration.ofDays(10)));
      assertEquals(200, slots.status(), slots.body());
      String slotId = slots.json().get(0).get("slotId").asText();
      ItHttp.Answer booked =
          http.post(
              "/sandbox/appointments",
              "{\"patient_ref\":\""
                  + cancelling
                  + "\",\"slot_id\":\""
                  + slotId
                  + "\",\"idempotency_key\":\"e2e-staff-booking\"}");
      assertEquals(201, booked.status(), booked.body());
      String appointmentId = booked.json().get("appointmentId").asText();

      // Twenty patients wait in cardiology, each a good fit for the slot.
      Set<String> alreadyWaiting = new HashSet<>();
      http.get("/sandbox/waitlist?specialty=cardiology")
          .json()
          .forEach(c -> alreadyWaiting.add(c.get("entry").get("patientRef").asText()));
      List<String> waiting = new ArrayList<>();
      for (String ref : patients.subList(1, patients.size())) {
        if (waiting.size() < WAITING && !alreadyWaiting.contains(ref)) {
          waiting.add(ref);
          ItHttp.Answer added =
              http.post(
                  "/sandbox/waitlist",
                  "{\"patient_ref\":\"%s\",\"specialty\":\"cardiology\",\"urgency\":\"URGENT\",\"visit_minutes\":30,\"travel_minutes\":10,\"idempotency_key\":\"e2e-wait-%s\"}"
                      .formatted(ref, ref));
          assertEquals(201, added.status(), added.body());
        }
      }

      // The cancellation starts the recovery.
      assertEquals(
          200,
          http.post(
                  "/sandbox/appointments/" + appointmentId + "/cancel?reason=patient-request", null)
              .status());
      String workflowId = CancellationRecoveryWorkflow.workflowId(appointmentId);
      String offerPrefix = workflowId + ":refill.offer.sms:";
      List<JsonNode> offers =
          await(
              "twenty offers",
              () -> {
                List<JsonNode> sent =
                    messages(http).stream()
                        .filter(m -> m.get("idempotencyKey").asText().startsWith(offerPrefix))
                        .toList();
                return sent.size() == WAITING ? sent : null;
              },
              dev);
      Set<String> offered = new HashSet<>();
      offers.forEach(m -> offered.add(m.get("recipientRef").asText()));
      assertEquals(new HashSet<>(waiting), offered, "the twenty best fits, each once");
      assertTrue(
          offers.stream().allMatch(m -> m.get("templateId").asText().startsWith("waitlist-offer")),
          offers.toString());
      await(
          "the cancelling patient's new offer",
          () ->
              messages(http).stream()
                      .anyMatch(
                          m ->
                              m.get("recipientRef").asText().equals(cancelling)
                                  && m.get("idempotencyKey")
                                      .asText()
                                      .startsWith(workflowId + ":rebook.r1.offer"))
                  ? true
                  : null,
          dev);

      // All twenty say YES at the same moment.
      CountDownLatch go = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(WAITING);
      List<Future<Integer>> replies = new ArrayList<>();
      for (String ref : waiting) {
        replies.add(
            pool.submit(
                () -> {
                  go.await();
                  return http.post(
                          "/webhooks/channels/inbound",
                          "{\"channel\":\"SMS\",\"from_ref\":\"" + ref + "\",\"text\":\"YES\"}")
                      .status();
                }));
      }
      go.countDown();
      for (Future<Integer> reply : replies) {
        assertEquals(202, reply.get(60, TimeUnit.SECONDS));
      }
      pool.shutdown();

      // Every acceptance answered: one confirmed, nineteen told the slot is taken.
      String confirmedPrefix = workflowId + ":refill.confirmed.sms:";
      String takenPrefix = workflowId + ":refill.taken.sms:";
      List<JsonNode> answers =
          await(
              "twenty answers",
              () -> {
                List<JsonNode> sent =
                    messages(http).stream()
                        .filter(
                            m ->
                                m.get("idempotencyKey").asText().startsWith(confirmedPrefix)
                                    || m.get("idempotencyKey").asText().startsWith(takenPrefix))
                        .toList();
                return sent.size() >= WAITING ? sent : null;
              },
              dev);
      assertEquals(WAITING, answers.size(), answers.toString());
      List<String> confirmed =
          answers.stream()
              .filter(m -> m.get("idempotencyKey").asText().startsWith(confirmedPrefix))
              .map(m -> m.get("recipientRef").asText())
              .toList();
      assertEquals(1, confirmed.size(), answers.toString());
      Set<String> answered = new HashSet<>();
      answers.forEach(m -> answered.add(m.get("recipientRef").asText()));
      assertEquals(new HashSet<>(waiting), answered, "each acceptor answered exactly once");

      try (TemporalConnection temporal = ReferralScenario.connect(workDir, "127.0.0.1:" + grpc)) {
        WorkflowClient client = temporal.client();
        CancellationRecoveryWorkflow outcome =
            client.newWorkflowStub(CancellationRecoveryWorkflow.class, workflowId);
        RecoveryView view = outcome.recovery();
        assertEquals("refilled", view.slot());
        assertEquals(WAITING, view.acceptances().size(), "no lost acceptance");
        assertEquals(
            1, view.offers().values().stream().filter("booked"::equals).count(), view.toString());
        assertEquals(
            WAITING - 1,
            view.offers().values().stream().filter("told-taken"::equals).count(),
            view.toString());
        JsonNode refill = http.get("/sandbox/appointments/" + view.refillAppointmentId()).json();
        assertEquals(confirmed.get(0), refill.get("patientRef").asText());
        assertEquals(slotId, refill.get("slotId").asText());
        assertEquals("BOOKED", refill.get("status").asText());
        // The slot is not free any more: nobody else can hold it.
        ItHttp.Answer again =
            http.post(
                "/sandbox/appointments",
                "{\"patient_ref\":\""
                    + waiting.get(0)
                    + "\",\"slot_id\":\""
                    + slotId
                    + "\",\"idempotency_key\":\"e2e-second-booking\"}");
        assertEquals(409, again.status(), again.body());

        // The cancelling patient takes the new time.
        assertEquals(
            202,
            http.post(
                    "/webhooks/channels/inbound",
                    "{\"channel\":\"SMS\",\"from_ref\":\"" + cancelling + "\",\"text\":\"yes\"}")
                .status());
        await("the recovery completed", () -> completed(client, workflowId) ? true : null, dev);
        view = outcome.recovery();
        System.out.println("recovery view: " + view);
        assertEquals("rebooked", view.patient());
        JsonNode rebooked =
            http.get("/sandbox/appointments/" + view.rebookedAppointmentId()).json();
        assertEquals(cancelling, rebooked.get("patientRef").asText());
        assertEquals("BOOKED", rebooked.get("status").asText());
        assertTrue(
            messages(http).stream()
                .anyMatch(
                    m ->
                        m.get("recipientRef").asText().equals(cancelling)
                            && m.get("idempotencyKey")
                                .asText()
                                .startsWith(workflowId + ":rebook.confirmed")),
            "the patient was told");
        assertTrue(outcome.state().completed());
      }
    }
  }

  private static boolean completed(WorkflowClient client, String workflowId) {
    return client
            .getWorkflowServiceStubs()
            .blockingStub()
            .describeWorkflowExecution(
                DescribeWorkflowExecutionRequest.newBuilder()
                    .setNamespace("default")
                    .setExecution(
                        io.temporal.api.common.v1.WorkflowExecution.newBuilder()
                            .setWorkflowId(workflowId))
                    .build())
            .getWorkflowExecutionInfo()
            .getStatus()
        == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED;
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
