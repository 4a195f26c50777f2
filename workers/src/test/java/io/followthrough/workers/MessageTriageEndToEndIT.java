package io.followthrough.workers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.followthrough.activities.practice.PatientRecord;
import io.followthrough.activities.practice.PracticeSandbox;
import io.followthrough.activities.practice.SandboxPracticeSystem;
import io.followthrough.channels.Channel;
import io.followthrough.triage.MessageTriageView;
import io.followthrough.triage.MessageTriageWorkflow;
import io.followthrough.triage.MessageUrgency;
import io.followthrough.workers.temporal.TemporalConnection;
import io.temporal.client.WorkflowClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Message triage end to end through the packaged jar: a patient's emergency-worded SMS posted to
 * the channel webhook of `followthrough dev` as a new conversation starts a triage that texts the
 * patient emergency instructions (in the sandbox outbox) and pages the on-call (in the sandbox
 * pager); the on-call answers the page over HTTP ("called back") and the outcome completes as
 * answered.
 */
class MessageTriageEndToEndIT {
  private static final Duration STEP = Duration.ofSeconds(120);

  @TempDir Path workDir;

  @Test
  void emergencySmsGetsInstructionsAndAPageAndCompletesWhenTheOnCallCalledBack() throws Exception {
    int grpc = JarProcess.freePort();
    int httpPort = JarProcess.freePort();
    Path data = workDir.resolve(".followthrough");
    SandboxPracticeSystem seeded =
        SandboxPracticeSystem.persistent(
            data.resolve("practice").resolve("sandbox.json"),
            PracticeSandbox.DEMO_SEED,
            Clock.systemUTC());
    PatientRecord patient =
        seeded.patients().stream()
            .filter(p -> seeded.contacts().address(p.ref(), Channel.SMS).isPresent())
            .findFirst()
            .orElseThrow();
    ItHttp http = new ItHttp("http://127.0.0.1:" + httpPort);

    try (JarProcess dev =
            JarProcess.start(
                workDir, "dev", "--port", "" + grpc, "--http-port", "" + httpPort, "--no-demo");
        AutoCloseable stop = dev::terminate) {
      assertTrue(
          dev.awaitOutput("Followthrough dev is ready", Duration.ofSeconds(90)),
          dev.out() + dev.err());

      ItHttp.Answer posted =
          http.post(
              "/webhooks/channels/inbound",
              "{\"channel\":\"SMS\",\"from_ref\":\""
                  + patient.ref()
                  + "\",\"text\":\"I have crushing chest pain and can't catch my breath\","
                  + "\"new_conversation\":true}");
      assertEquals(202, posted.status(), posted.body());
      assertTrue(
          !posted.body().contains("chest"),
          "the webhook's answer carries no text: " + posted.body());

      // The page to the on-call, under a message-triage key.
      JsonNode page =
          await(
              "a page in the sandbox pager",
              () ->
                  list(http, "/sandbox/pager").stream()
                      .filter(p -> p.get("idempotencyKey").asText().startsWith("message-triage/"))
                      .findFirst()
                      .orElse(null),
              dev);
      assertEquals("prov-oncall-1", page.get("onCallRef").asText());
      assertEquals("emergency", page.get("urgency").asText());
      assertEquals(patient.ref(), page.get("patientRef").asText());
      String key = page.get("idempotencyKey").asText();
      String workflowId = key.substring(0, key.indexOf(':'));

      // The emergency instructions texted to the patient.
      JsonNode instructions =
          await(
              "the emergency instructions in the outbox",
              () ->
                  list(http, "/sandbox/outbox?channel=SMS").stream()
                      .filter(
                          m ->
                              m.get("idempotencyKey")
                                  .asText()
                                  .equals(workflowId + ":emergency-instructions:1"))
                      .findFirst()
                      .orElse(null),
              dev);
      assertEquals(patient.ref(), instructions.get("recipientRef").asText());
      assertTrue(instructions.path("body").asText().contains("911"), instructions.toString());

      // The on-call acknowledges, then confirms the callback.
      ItHttp.Answer ack =
          http.post(
              "/sandbox/pager/" + page.get("pageId").asText() + "/answer",
              "{\"by\":\"dr-oncall\",\"action\":\"acknowledged\"}");
      assertEquals(200, ack.status(), ack.body());
      assertEquals("signalled", ack.json().get("delivery").asText(), ack.body());
      assertEquals(
          404,
          http.post(
                  "/sandbox/pager/page-999999/answer", "{\"by\":\"x\",\"action\":\"acknowledged\"}")
              .status());
      ItHttp.Answer called =
          http.post(
              "/sandbox/pager/" + page.get("pageId").asText() + "/answer",
              "{\"by\":\"dr-oncall\",\"action\":\"called-back\"}");
      assertEquals(200, called.status(), called.body());

      try (TemporalConnection temporal = ReferralScenario.connect(workDir, "127.0.0.1:" + grpc)) {
        WorkflowClient client = temporal.client();
        MessageTriageWorkflow outcome =
            client.newWorkflowStub(MessageTriageWorkflow.class, workflowId);
        MessageTriageView view =
            await(
                "the triage completed",
                () -> {
                  MessageTriageView v = outcome.triage();
                  return v.disposition() != null ? v : null;
                },
                dev);
        System.out.println("triage view: " + view);
        assertEquals("answered", view.disposition());
        assertEquals(MessageUrgency.EMERGENCY, view.urgency());
        assertEquals("dr-oncall", view.answeredBy());
        assertEquals(List.of(page.get("pageId").asText()), view.pages());
        assertNotNull(view.instructionsSent());
        assertEquals("completed", outcome.state().stage());
      }
      // Exactly one page and one instruction message for this message.
      assertEquals(
          1,
          list(http, "/sandbox/pager").stream()
              .filter(p -> p.get("idempotencyKey").asText().startsWith(workflowId + ":"))
              .count());
      assertEquals(
          1,
          list(http, "/sandbox/outbox").stream()
              .filter(m -> m.get("idempotencyKey").asText().startsWith(workflowId + ":"))
              .count());
      assertTrue(!dev.out().contains("crushing"), "message text in the log");
    }
  }

  private static List<JsonNode> list(ItHttp http, String path) throws Exception {
    ItHttp.Answer answer = http.get(path);
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
