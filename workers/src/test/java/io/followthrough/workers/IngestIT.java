package io.followthrough.workers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.followthrough.workers.intake.DemoFaxes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Document intake end to end through the packaged jar: `dev --no-demo`, then `ingest --wait` of a
 * generated referral PDF from a second process, then `workflow query` of the intake's state.
 */
class IngestIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path workDir;

  @Test
  void referralFaxIsIngestedUnderstoodAndRouted() throws Exception {
    int grpc = JarProcess.freePort();
    int http = JarProcess.freePort();
    int api = JarProcess.freePort();
    String address = "127.0.0.1:" + grpc;
    Path fax = Files.write(workDir.resolve("referral.pdf"), DemoFaxes.referral());
    try (JarProcess dev =
        JarProcess.start(
            workDir,
            "dev",
            "--port",
            "" + grpc,
            "--http-port",
            "" + http,
            "--grpc-api-port",
            "" + api,
            "--no-demo")) {
      assertTrue(
          dev.awaitOutput("Followthrough dev is ready", Duration.ofSeconds(90)),
          dev.out() + dev.err());
      assertTrue(dev.out().contains("Inbox"), dev.out());
      assertTrue(dev.out().contains("gRPC API         127.0.0.1:" + api), dev.out());

      JarProcess.Result ingest =
          JarProcess.run(
              workDir,
              "ingest",
              "--http",
              "http://127.0.0.1:" + http,
              "--api",
              "127.0.0.1:" + api,
              "--wait",
              "--timeout",
              "50",
              fax.toString());
      assertEquals(0, ingest.exitCode(), ingest.toString());
      assertTrue(ingest.out().contains("type referral"), ingest.out());
      assertTrue(ingest.out().contains("fields found: "), ingest.out());
      assertFalse(ingest.out().contains("Jordan Demo"), "no field values printed");
      String workflowId =
          ingest
              .out()
              .lines()
              .filter(l -> l.contains("workflow "))
              .findFirst()
              .orElseThrow()
              .replaceAll(".*workflow (\\S+).*", "$1");
      assertTrue(workflowId.startsWith("fax-intake/"), workflowId);

      JsonNode state = null;
      JsonNode intake = null;
      for (int i = 0; i < 20; i++) {
        state = query(address, workflowId, "state");
        intake = query(address, workflowId, "intake");
        if (state.get("completed").asBoolean() || state.get("needsHuman").asBoolean()) {
          break;
        }
        Thread.sleep(500);
      }
      System.out.println("intake of the referral: " + intake);
      assertEquals("fax-intake", state.get("outcomeType").asText());
      assertEquals("referral", intake.get("type").asText());
      // Whichever the facts say: routed as a referral, or a coordinator asked to confirm.
      if (intake.get("missingRequired").isEmpty() && !state.get("needsHuman").asBoolean()) {
        assertTrue(state.get("completed").asBoolean(), state.toString());
        assertEquals("referral", intake.get("routedType").asText());
      } else {
        assertEquals("review", state.get("stage").asText());
        assertEquals("coordinator", state.get("tasks").get(0).get("role").asText());
      }

      JarProcess.Result again =
          JarProcess.run(workDir, "ingest", "--http", "http://127.0.0.1:" + http, fax.toString());
      assertTrue(again.out().contains("(duplicate)"), again.toString());
      assertTrue(dev.isAlive());
    }
  }

  private JsonNode query(String address, String workflowId, String name) throws Exception {
    JarProcess.Result result =
        JarProcess.run(
            workDir, "workflow", "query", "--address", address, "-w", workflowId, "--name", name);
    assertEquals(0, result.exitCode(), result.toString());
    return JSON.readTree(result.out());
  }
}
