package io.followthrough.workers.sandbox;

import static io.followthrough.workers.sandbox.SandboxHttp.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.databind.JsonNode;
import io.followthrough.activities.practice.PracticeSandbox;
import io.followthrough.activities.practice.PracticeSandboxModule;
import io.followthrough.sdk.ModuleEnvironment;
import io.followthrough.sdk.OutcomeModule;
import io.followthrough.workers.dev.DevTemporalServer;
import io.followthrough.workers.runtime.TemporalClients;
import io.followthrough.workers.runtime.WorkerEnvironment;
import io.followthrough.workers.runtime.WorkerRuntime;
import io.followthrough.workers.temporal.TemporalConnection;
import io.followthrough.workers.temporal.TemporalSettings;
import io.temporal.client.WorkflowOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A worker wired as the dev stack wires it (the discovered {@code practice-sandbox} module in dev
 * mode) and the HTTP app on the same data directory: what a workflow books and sends through the
 * activity contracts is what {@code /sandbox} shows, and a STOP posted to the webhook changes what
 * the next workflow's send returns.
 */
class SandboxWorkerWiringTest {
  @TempDir static Path data;
  static DevTemporalServer server;
  static TemporalConnection temporal;
  static WorkerRuntime worker;
  static SandboxHttp app;

  static {
    // The client's payload codec reads its key from here (as RunningDevServer does).
    if (System.getProperty("followthrough.codec.keys") == null) {
      System.setProperty(
          "followthrough.codec.keys", io.followthrough.workers.codec.KeyRing.newKeyLine("test"));
    }
  }

  /** Registers only the probe workflow, beside the real sandbox module. */
  static final class ProbeModule implements OutcomeModule {
    @Override
    public String name() {
      return "sandbox-probe";
    }

    @Override
    public List<Class<?>> workflowImplementationTypes() {
      return List.of(SandboxProbeImpl.class);
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
            List.of(new PracticeSandboxModule(), new ProbeModule()),
            new WorkerEnvironment(data, key -> Optional.empty(), true));
    app = new SandboxHttp(data, Map.of("followthrough.dev-mode", true));
  }

  @AfterAll
  static void stop() {
    worker.close();
    app.close();
    temporal.close();
    server.close();
  }

  static List<String> probe(String workflowId, String patientRef) {
    return temporal
        .client()
        .newWorkflowStub(
            SandboxProbe.class,
            WorkflowOptions.newBuilder()
                .setTaskQueue(OutcomeModule.DEFAULT_TASK_QUEUE)
                .setWorkflowId(workflowId)
                .build())
        .run(patientRef, "orthopedics");
  }

  @Test
  void workflowAndHttpShareOneSandbox() throws Exception {
    assertSame(PracticeSandbox.forDataDirectory(data), app.http.bean(PracticeSandbox.class));

    List<String> first = probe("probe-1", "pt-0021");

    assertEquals("ACCEPTED", first.get(2));
    JsonNode appointment = body(app.get("/sandbox/appointments/" + first.get(0)));
    assertEquals("BOOKED", appointment.get("status").asText());
    assertEquals("pt-0021", appointment.get("patientRef").asText());
    JsonNode outbox = body(app.get("/sandbox/outbox?channel=SMS"));
    assertEquals(1, outbox.size());
    assertEquals(first.get(1), outbox.get(0).get("messageId").asText());
    assertEquals("pt-0021", outbox.get(0).get("recipientRef").asText());

    assertEquals(
        "STOP",
        body(app.post(
                "/webhooks/channels/inbound",
                "{\"channel\":\"SMS\",\"from_ref\":\"pt-0021\",\"text\":\"stop\"}"))
            .get("kind")
            .asText());
    List<String> second = probe("probe-2", "pt-0021");

    assertEquals("OPTED_OUT", second.get(2));
    assertEquals(1, body(app.get("/sandbox/outbox?channel=SMS")).size(), "nothing more was sent");
    assertEquals(
        "BOOKED", body(app.get("/sandbox/appointments/" + second.get(0))).get("status").asText());
  }
}
