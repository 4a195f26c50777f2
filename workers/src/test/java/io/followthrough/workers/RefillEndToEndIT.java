package io.followthrough.workers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.followthrough.refill.RefillResult;
import io.followthrough.refill.RefillWorkflow;
import io.followthrough.sdk.OutcomeState;
import io.followthrough.workers.temporal.TemporalConnection;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The refill request end to end through the packaged jar: a patient's portal message asking for a
 * refill of "Zestril 10mg" is started through the HTTP API; the outcome matches the sandbox patient
 * {@code pt-0001}'s lisinopril 10 mg prescription and opens a prescriber task for the clinician
 * role (a coordinator may not resolve it, a clinician does); the approval goes to the patient's
 * pharmacy by fax and to the patient through the portal (the sandbox's outbox); the pharmacy's
 * reply through the channel webhook confirms receipt, and the outcome completes.
 */
class RefillEndToEndIT {
  private static final Duration STEP = Duration.ofSeconds(120);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String KEY = "e2e-portal-1";

  @TempDir Path workDir;

  private final HttpClient http = HttpClient.newHttpClient();
  private String base;

  @Test
  void portalRequestApprovedFaxedToThePharmacyConfirmedAndCompleted() throws Exception {
    int grpc = JarProcess.freePort();
    int httpPort = JarProcess.freePort();
    base = "http://127.0.0.1:" + httpPort;
    Path data = workDir.resolve(".followthrough");
    // Every sandbox patient in a zone where they may be messaged now (quiet hours otherwise wait).
    ReferralScenario.seedSandbox(data, ReferralScenario.awakeZone(30));
    String workflowId = RefillWorkflow.workflowId(KEY);

    try (JarProcess dev =
            JarProcess.start(
                workDir, "dev", "--port", "" + grpc, "--http-port", "" + httpPort, "--no-demo");
        AutoCloseable stop = dev::terminate) {
      assertTrue(
          dev.awaitOutput("Followthrough dev is ready", Duration.ofSeconds(90)),
          dev.out() + dev.err());
      String coordinator = login("cora", "coordinator");
      String clinician = login("dr-lee", "clinician");

      Map<String, Object> message = new LinkedHashMap<>();
      message.put("channel", "PORTAL");
      message.put("fromRef", "pt-0001");
      message.put("kind", "REPLY");
      message.put("text", "Hello, could you refill my Zestril 10mg? I have two pills left.");
      message.put("inReplyTo", null);
      message.put("deliveryStatus", null);
      message.put("receivedAt", Instant.now().toString());
      Map<String, Object> input = new LinkedHashMap<>();
      input.put("source", "api");
      input.put("documentId", null);
      input.put("facts", null);
      input.put("message", message);
      input.put("patientRef", "pt-0001");
      input.put("site", null);
      Answer started =
          post(
              "/api/outcomes",
              coordinator,
              Map.of(
                  "workflowType", RefillWorkflow.TYPE, "workflowId", workflowId, "input", input));
      assertEquals(201, started.status(), started.body());

      // The prescriber's task, with its context, in the clinician's inbox.
      JsonNode task =
          await(
              "the prescriber task in the inbox",
              () ->
                  StreamSupport.stream(
                          get("/api/tasks?outcomeType=refill", clinician).json().spliterator(),
                          false)
                      .filter(t -> workflowId.equals(t.path("workflowId").asText()))
                      .filter(t -> "refill-approval".equals(t.path("reason").asText()))
                      .findFirst()
                      .orElse(null),
              dev);
      assertEquals("clinician", task.get("role").asText());
      JsonNode context = task.get("context");
      assertEquals("rx-0001-1", context.get("rxRef").asText(), context.toString());
      assertEquals("pt-0001", context.get("patientRef").asText());
      assertEquals("no", context.get("controlled").asText());
      assertTrue(context.get("findings").asText().contains("visit-current"), context.toString());
      String taskPath = "/api/tasks/" + segment(task.get("taskId").asText());

      // A coordinator may not decide a clinician's task; the clinician does.
      Answer refused = post(taskPath + "/resolve", coordinator, Map.of("resolution", "approve"));
      assertEquals(403, refused.status(), refused.body());
      Answer resolved = post(taskPath + "/resolve", clinician, Map.of("resolution", "approve"));
      assertEquals(200, resolved.status(), resolved.body());

      // The decision faxed to the patient's pharmacy and posted to the patient's portal.
      JsonNode fax = await("the decision fax", () -> sentBy(workflowId, "FAX"), dev);
      assertEquals("pharm-01", fax.get("recipientRef").asText());
      assertEquals(workflowId + ":notify.pharmacy-fax:1", fax.get("idempotencyKey").asText());
      String body = fax.get("body").asText();
      assertTrue(body.contains("APPROVED") && body.contains("lisinopril 10 mg"), body);
      JsonNode portal =
          await("the patient's portal message", () -> sentBy(workflowId, "PORTAL"), dev);
      assertEquals("pt-0001", portal.get("recipientRef").asText());
      assertTrue(portal.get("body").asText().contains("lisinopril 10 mg"), portal.toString());

      try (TemporalConnection temporal = ReferralScenario.connect(workDir, "127.0.0.1:" + grpc)) {
        WorkflowClient client = temporal.client();
        RefillWorkflow outcome = client.newWorkflowStub(RefillWorkflow.class, workflowId);
        OutcomeState waiting =
            await(
                "the outcome waiting for the pharmacy",
                () -> {
                  OutcomeState s = outcome.state();
                  return "pharmacy-confirmation".equals(s.stage()) ? s : null;
                },
                dev);
        assertTrue(!waiting.completed());

        // The pharmacy answers the fax: the channel webhook relays it to the outcome.
        Answer reply =
            post(
                "/webhooks/channels/inbound",
                null,
                Map.of("channel", "FAX", "from_ref", "pharm-01", "text", "Received, thank you"));
        assertEquals(202, reply.status(), reply.body());

        RefillResult result =
            WorkflowStub.fromTyped(outcome)
                .getResult(STEP.toSeconds(), TimeUnit.SECONDS, RefillResult.class);
        assertEquals(new RefillResult("approved-confirmed", "approved"), result);
        assertTrue(
            outcome.timeline().stream().anyMatch(e -> "pharmacy-confirmed".equals(e.code())),
            outcome.timeline().toString());
      }
      // Exactly one fax and one patient message: no resend after the confirmation.
      List<JsonNode> all =
          outbox(null).stream()
              .filter(m -> m.get("idempotencyKey").asText().startsWith(workflowId + ":"))
              .toList();
      assertEquals(2, all.size(), all.toString());
    }
  }

  /**
   * The same request written by the patient through the portal (the channel webhook, a new
   * conversation): message triage takes it, hands the refill intent to a refill outcome, whose
   * prescriber task the clinician approves; the decision fax reaches the pharmacy.
   */
  @Test
  void portalMessageThroughTheWebhookReachesTheRefillOutcomeThroughTriage() throws Exception {
    int grpc = JarProcess.freePort();
    int httpPort = JarProcess.freePort();
    base = "http://127.0.0.1:" + httpPort;
    Path data = workDir.resolve(".followthrough");
    ReferralScenario.seedSandbox(data, ReferralScenario.awakeZone(30));
    try (JarProcess dev =
            JarProcess.start(
                workDir,
                "dev",
                "--port",
                "" + grpc,
                "--http-port",
                "" + httpPort,
                "--grpc-api-port",
                "" + JarProcess.freePort(),
                "--no-demo");
        AutoCloseable stop = dev::terminate) {
      assertTrue(
          dev.awaitOutput("Followthrough dev is ready", Duration.ofSeconds(90)),
          dev.out() + dev.err());
      String clinician = login("dr-lee", "clinician");

      Answer posted =
          post(
              "/webhooks/channels/inbound",
              null,
              Map.of(
                  "channel",
                  "PORTAL",
                  "from_ref",
                  "pt-0001",
                  "text",
                  "Hello, could you refill my Zestril 10mg? I have two pills left.",
                  "new_conversation",
                  true));
      assertEquals(202, posted.status(), posted.body());

      JsonNode task =
          await(
              "the prescriber task of the refill triage started",
              () ->
                  StreamSupport.stream(
                          get("/api/tasks?outcomeType=refill", clinician).json().spliterator(),
                          false)
                      .filter(t -> "refill-approval".equals(t.path("reason").asText()))
                      .findFirst()
                      .orElse(null),
              dev);
      String workflowId = task.get("workflowId").asText();
      assertTrue(workflowId.startsWith("refill/portal-"), workflowId);
      assertEquals("rx-0001-1", task.get("context").get("rxRef").asText(), task.toString());
      // The triage outcome that handed it over, under the same key.
      String triageId = "message-triage/" + workflowId.substring("refill/".length());
      Answer triage = get("/api/outcomes/" + segment(triageId), clinician);
      assertEquals(200, triage.status(), triage.body());

      Answer resolved =
          post(
              "/api/tasks/" + segment(task.get("taskId").asText()) + "/resolve",
              clinician,
              Map.of("resolution", "approve"));
      assertEquals(200, resolved.status(), resolved.body());
      JsonNode fax = await("the decision fax", () -> sentBy(workflowId, "FAX"), dev);
      assertEquals("pharm-01", fax.get("recipientRef").asText());
    }
  }

  private JsonNode sentBy(String workflowId, String channel) throws Exception {
    return outbox(channel).stream()
        .filter(m -> m.get("idempotencyKey").asText().startsWith(workflowId + ":"))
        .findFirst()
        .orElse(null);
  }

  private List<JsonNode> outbox(String channel) throws Exception {
    Answer a = get("/sandbox/outbox" + (channel == null ? "" : "?channel=" + channel), null);
    assertEquals(200, a.status(), a.body());
    return StreamSupport.stream(a.json().spliterator(), false).toList();
  }

  private String login(String user, String role) throws Exception {
    Answer a = post("/api/auth/dev-login", null, Map.of("user", user, "role", role));
    assertEquals(200, a.status(), a.body());
    return a.json().get("token").asText();
  }

  record Answer(int status, String body) {
    JsonNode json() throws Exception {
      return JSON.readTree(body);
    }
  }

  private Answer get(String path, String token) throws Exception {
    HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).GET();
    return send(r, token);
  }

  private Answer post(String path, String token, Object body) throws Exception {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    return send(r, token);
  }

  private Answer send(HttpRequest.Builder r, String token) throws Exception {
    if (token != null) {
      r.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> response = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(response.statusCode(), response.body());
  }

  private static String segment(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
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
