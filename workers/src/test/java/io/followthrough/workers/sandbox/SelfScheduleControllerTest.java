package io.followthrough.workers.sandbox;

import static io.followthrough.workers.sandbox.SandboxHttp.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.followthrough.referral.ReferralInput;
import io.followthrough.referral.ReferralResult;
import io.followthrough.referral.ReferralWorkflow;
import io.followthrough.sdk.ModuleEnvironment;
import io.followthrough.sdk.OutcomeModule;
import io.followthrough.sdk.TimelineEntry;
import io.followthrough.sdk.TimelineKind;
import io.followthrough.workers.dev.DevTemporalServer;
import io.followthrough.workers.runtime.TemporalClients;
import io.followthrough.workers.runtime.WorkerEnvironment;
import io.followthrough.workers.runtime.WorkerRuntime;
import io.followthrough.workers.temporal.TemporalConnection;
import io.followthrough.workers.temporal.TemporalSettings;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The self-schedule link over HTTP against running (stand-in) referral workflows: the offer comes
 * from what the workflow answers, a booking reaches the workflow as {@code BOOKED self-scheduled},
 * repeats are idempotent and re-deliver the event, and staff moves on the appointment reach the
 * same workflow until it closes.
 */
class SelfScheduleControllerTest {
  @TempDir static Path data;
  static DevTemporalServer server;
  static TemporalConnection temporal;
  static WorkerRuntime worker;
  static SandboxHttp app;

  static {
    if (System.getProperty("followthrough.codec.keys") == null) {
      System.setProperty(
          "followthrough.codec.keys", io.followthrough.workers.codec.KeyRing.newKeyLine("test"));
    }
  }

  static final class FakeReferralModule implements OutcomeModule {
    @Override
    public String name() {
      return "fake-referral";
    }

    @Override
    public List<Class<?>> workflowImplementationTypes() {
      return List.of(FakeReferral.class);
    }

    @Override
    public List<Object> activityImplementations(ModuleEnvironment environment) {
      return List.of();
    }
  }

  @BeforeAll
  static void start() {
    server = DevTemporalServer.start(0);
    temporal =
        TemporalClients.connect(
            TemporalSettings.plaintext(server.address(), "default"),
            TemporalClients.cliDataConverter(),
            TemporalClients.CLI_CHECK_TIMEOUT);
    worker =
        WorkerRuntime.start(
            temporal.client(),
            List.of(new FakeReferralModule()),
            new WorkerEnvironment(data, key -> Optional.empty(), true));
    app = new SandboxHttp(data, Map.of("followthrough.dev-mode", true));
    app.http.useTemporal(temporal.serviceStubs(), temporal.client());
  }

  @AfterAll
  static void stop() {
    worker.close();
    app.close();
    temporal.close();
    server.close();
  }

  static ReferralWorkflow referral(String key, String patientRef, String specialty) {
    ReferralWorkflow stub =
        temporal
            .client()
            .newWorkflowStub(
                ReferralWorkflow.class,
                WorkflowOptions.newBuilder()
                    .setTaskQueue(OutcomeModule.DEFAULT_TASK_QUEUE)
                    .setWorkflowId(ReferralWorkflow.workflowId(key))
                    .build());
    WorkflowClient.start(stub::run, new ReferralInput(patientRef, "test", null, specialty));
    return stub;
  }

  static List<String> notes(ReferralWorkflow referral) {
    return referral.timeline().stream()
        .filter(e -> e.kind() == TimelineKind.NOTE)
        .map(TimelineEntry::code)
        .toList();
  }

  static String slot(String slotId) {
    return "{\"slot_id\":\"" + slotId + "\"}";
  }

  @Test
  void patientBooksThroughTheLinkAndTheWorkflowHearsEveryStep() throws Exception {
    ReferralWorkflow referral = referral("rk-selfschedule-1", "pt-0011", "dermatology");

    JsonNode offer = body(app.get("/sandbox/schedule/rk-selfschedule-1"));
    assertEquals("pt-0011", offer.get("patientRef").asText());
    assertEquals("dermatology", offer.get("specialty").asText());
    assertFalse(offer.hasNonNull("appointment"));
    String first = offer.get("slots").get(0).get("slotId").asText();
    String second = offer.get("slots").get(1).get("slotId").asText();

    HttpResponse<String> booked = app.post("/sandbox/schedule/rk-selfschedule-1", slot(first));
    HttpResponse<String> again = app.post("/sandbox/schedule/rk-selfschedule-1", slot(first));
    HttpResponse<String> other = app.post("/sandbox/schedule/rk-selfschedule-1", slot(second));

    assertEquals(201, booked.statusCode(), booked.body());
    String id = body(booked).get("appointmentId").asText();
    assertEquals("pt-0011", body(booked).get("patientRef").asText());
    assertEquals(200, again.statusCode(), again.body());
    assertEquals(id, body(again).get("appointmentId").asText());
    assertEquals(409, other.statusCode());
    assertEquals("AlreadyBooked", body(other).get("error").asText());
    assertEquals(
        id,
        body(app.get("/sandbox/schedule/rk-selfschedule-1"))
            .get("appointment")
            .get("appointmentId")
            .asText());

    assertEquals(200, app.post("/sandbox/appointments/" + id + "/arrived", null).statusCode());
    assertEquals(200, app.post("/sandbox/appointments/" + id + "/arrived", null).statusCode());
    assertEquals(200, app.post("/sandbox/appointments/" + id + "/checked-out", null).statusCode());

    ReferralResult result =
        io.temporal.client.WorkflowStub.fromTyped(referral).getResult(ReferralResult.class);
    assertEquals(new ReferralResult("seen", "pt-0011", id, false), result);
    assertEquals(
        List.of(
            "appointment:BOOKED:" + id + ":self-scheduled",
            "appointment:BOOKED:" + id + ":self-scheduled",
            "appointment:ARRIVED:" + id + ":null",
            "appointment:ARRIVED:" + id + ":null",
            "appointment:CHECKED_OUT:" + id + ":null"),
        notes(referral),
        "the repeats re-delivered their event");

    HttpResponse<String> closed = app.get("/sandbox/schedule/rk-selfschedule-1");
    assertEquals(410, closed.statusCode(), closed.body());
    assertEquals("ReferralClosed", body(closed).get("error").asText());
  }

  @Test
  void aBrowserGetsAPageAndBooksWithItsForm() throws Exception {
    referral("rk-selfschedule-2", "pt-0012", "orthopedics");
    HttpClient browser = HttpClient.newHttpClient();

    HttpResponse<String> page =
        browser.send(
            HttpRequest.newBuilder(URI.create(app.url + "/sandbox/schedule/rk-selfschedule-2"))
                .header("Accept", "text/html")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, page.statusCode());
    assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    String slotId = page.body().replaceAll("(?s).*name=\"slot_id\" value=\"([^\"]+)\".*", "$1");
    assertTrue(slotId.startsWith("slot-"), page.body());

    HttpResponse<String> booked =
        browser.send(
            HttpRequest.newBuilder(URI.create(app.url + "/sandbox/schedule/rk-selfschedule-2"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("slot_id=" + slotId))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, booked.statusCode(), booked.body());
    assertTrue(booked.body().contains("Booked"), booked.body());
    assertTrue(
        body(app.get("/sandbox/schedule/rk-selfschedule-2"))
            .get("appointment")
            .get("slotId")
            .asText()
            .equals(slotId));
  }

  @Test
  void linksToNothingAreNotFound() throws Exception {
    HttpResponse<String> unknown = app.get("/sandbox/schedule/rk-never-started");
    HttpResponse<String> malformed = app.get("/sandbox/schedule/rk%20x");
    HttpResponse<String> noSlot = app.post("/sandbox/schedule/rk-never-started", "{}");

    assertEquals(404, unknown.statusCode(), unknown.body());
    assertEquals("LinkNotFound", body(unknown).get("error").asText());
    assertEquals(404, malformed.statusCode(), malformed.body());
    assertEquals(400, noSlot.statusCode(), noSlot.body());
  }
}
