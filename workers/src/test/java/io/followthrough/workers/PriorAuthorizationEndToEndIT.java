package io.followthrough.workers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.followthrough.activities.practice.PatientRecord;
import io.followthrough.activities.practice.PracticeSandbox;
import io.followthrough.activities.practice.SandboxPracticeSystem;
import io.followthrough.priorauth.PriorAuthResult;
import io.followthrough.priorauth.PriorAuthView;
import io.followthrough.priorauth.PriorAuthWorkflow;
import io.followthrough.workers.temporal.TemporalConnection;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prior authorization end to end through the packaged jar: a cardiology visit booked in the sandbox
 * for a patient whose payer requires authorization starts {@code prior-auth/<appointment>}; its
 * packet reaches the sandbox payer, which (forced over HTTP) denies it; the offline drafting writes
 * the appeal, a clinician's sign-off task is resolved through {@code /api/tasks}, the signed appeal
 * reaches the payer, which approves it; the outcome completes and the scheduling queue is told.
 */
class PriorAuthorizationEndToEndIT {
  private static final Duration STEP = Duration.ofSeconds(120);
  private static final Set<String> PAYERS = Set.of("aetna", "bcbs", "united", "medicare");

  @TempDir Path workDir;

  @Test
  void aDeniedVisitIsAppealedSignedApprovedAndTheSchedulerIsTold() throws Exception {
    int grpc = JarProcess.freePort();
    int httpPort = JarProcess.freePort();
    int grpcApi = JarProcess.freePort();
    Path data = workDir.resolve(".followthrough");
    ReferralScenario.seedSandbox(data, "America/New_York");
    PatientRecord patient =
        SandboxPracticeSystem.persistent(
                data.resolve("practice").resolve("sandbox.json"),
                PracticeSandbox.DEMO_SEED,
                Clock.systemUTC())
            .patients()
            .stream()
            .filter(p -> PAYERS.contains(p.payer()))
            .findFirst()
            .orElseThrow();
    String base = "http://127.0.0.1:" + httpPort;
    ItHttp http = new ItHttp(base);
    ConsoleApi api = new ConsoleApi(base);

    try (JarProcess dev =
            JarProcess.start(
                workDir,
                "dev",
                "--port",
                "" + grpc,
                "--http-port",
                "" + httpPort,
                "--grpc-api-port",
                "" + grpcApi,
                "--no-demo");
        AutoCloseable stop = dev::terminate) {
      assertTrue(
          dev.awaitOutput("Followthrough dev is ready", Duration.ofSeconds(90)),
          dev.out() + dev.err());

      // Staff book a cardiology visit: the payer rules table says it needs authorization.
      ItHttp.Answer slots = http.get("/sandbox/slots?specialty=cardiology");
      assertEquals(200, slots.status(), slots.body());
      String slotId = slots.json().get(0).get("slotId").asText();
      ItHttp.Answer booked =
          http.post(
              "/sandbox/appointments",
              "{\"patient_ref\":\""
                  + patient.ref()
                  + "\",\"slot_id\":\""
                  + slotId
                  + "\",\"idempotency_key\":\"it-prior-auth-1\"}");
      assertEquals(201, booked.status(), booked.body());
      String appointmentId = booked.json().get("appointmentId").asText();
      String workflowId = PriorAuthWorkflow.workflowId(appointmentId);

      // The packet reaches the sandbox payer under the outcome's key.
      JsonNode submission =
          await(
              "the submission at the sandbox payer",
              () ->
                  submissions(http).stream()
                      .filter(s -> isOf(s, workflowId))
                      .findFirst()
                      .orElse(null),
              dev);
      String trackingId = submission.get("trackingId").asText();
      assertEquals(appointmentId, submission.get("orderKey").asText());
      assertEquals(patient.payer(), submission.get("payer").asText());
      assertEquals("93306", submission.get("serviceCode").asText());

      // The payer denies it (forced, as a reviewer would); the workflow is told and polls at once.
      ItHttp.Answer denied =
          http.post(
              "/sandbox/payer/submissions/" + trackingId + "/decision",
              "{\"decision\":\"DENIED\",\"reason\":\"not-medically-necessary\"}");
      assertEquals(200, denied.status(), denied.body());

      // The clinician's sign-off of the drafted appeal shows in the clinician's inbox; they sign.
      String token = api.devLogin("dr-lee", "clinician");
      JsonNode task =
          await(
              "the appeal sign-off task",
              () -> {
                for (JsonNode t : api.get("/api/tasks?outcomeType=prior-auth&limit=200", token)) {
                  if (workflowId.equals(t.get("workflowId").asText())
                      && "appeal-sign-off".equals(t.path("reason").asText())) {
                    return t;
                  }
                }
                return null;
              },
              dev);
      assertEquals("clinician", task.get("role").asText());
      assertEquals("not-medically-necessary", task.get("context").get("denialReason").asText());
      assertEquals("prior-auth-appeal.staff.fax", task.get("context").get("draft").asText());
      JsonNode resolved =
          api.post(
              "/api/tasks/" + ConsoleApi.segment(task.get("taskId").asText()) + "/resolve",
              token,
              java.util.Map.of("resolution", "signed"));
      assertEquals("signed", resolved.get("resolution").asText(), resolved.toString());

      // The signed appeal reaches the payer with the drafted letter (its length, never its text).
      JsonNode appeal =
          await(
              "the appeal at the sandbox payer",
              () ->
                  submissions(http).stream()
                      .filter(s -> trackingId.equals(s.path("appealOf").asText()))
                      .findFirst()
                      .orElse(null),
              dev);
      assertEquals("prior-auth-appeal.staff.fax", appeal.get("letterTemplate").asText());
      assertTrue(appeal.get("letterLength").asInt() > 200, appeal.toString());
      assertEquals("dr-lee", appeal.get("signedBy").asText());
      String appealId = appeal.get("trackingId").asText();
      ItHttp.Answer approved =
          http.post(
              "/sandbox/payer/submissions/" + appealId + "/decision",
              "{\"decision\":\"APPROVED\"}");
      assertEquals(200, approved.status(), approved.body());

      try (TemporalConnection temporal = ReferralScenario.connect(workDir, "127.0.0.1:" + grpc)) {
        WorkflowClient client = temporal.client();
        PriorAuthResult result =
            WorkflowStub.fromTyped(client.newWorkflowStub(PriorAuthWorkflow.class, workflowId))
                .getResult(60, java.util.concurrent.TimeUnit.SECONDS, PriorAuthResult.class);
        assertEquals("approved", result.disposition(), result.toString());
        assertEquals(1, result.appeals());
        assertTrue(result.schedulerTold());
        PriorAuthView view =
            client.newWorkflowStub(PriorAuthWorkflow.class, workflowId).priorAuth();
        assertEquals(appealId, view.trackingId());
        assertEquals(result.authNumber(), view.authNumber());
      }

      // The scheduling queue was told once, with the authorization number.
      List<JsonNode> notices =
          StreamSupport.stream(http.get("/sandbox/payer/scheduler").json().spliterator(), false)
              .filter(n -> workflowId.equals(n.get("notice").get("workflowId").asText()))
              .toList();
      assertEquals(1, notices.size(), notices.toString());
      JsonNode notice = notices.get(0).get("notice");
      assertEquals("approved", notice.get("result").asText());
      assertEquals(appointmentId, notice.get("appointmentId").asText());
      assertTrue(notice.get("authNumber").asText().startsWith("AUTH-"), notice.toString());
    }
  }

  private static boolean isOf(JsonNode submission, String workflowId) {
    // The sandbox's JSON leaves out null fields: a first submission has no appealOf at all.
    return workflowId.equals(submission.path("workflowId").asText())
        && !submission.hasNonNull("appealOf");
  }

  private static List<JsonNode> submissions(ItHttp http) throws Exception {
    ItHttp.Answer answer = http.get("/sandbox/payer/submissions");
    assertEquals(200, answer.status(), answer.body());
    return StreamSupport.stream(answer.json().spliterator(), false).toList();
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
