package io.followthrough.workers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `followthrough dev` from the packaged jar, driven from "a second terminal": separate processes of
 * the same jar start, signal, query, describe and list the lab-result example.
 */
class DevStackIT {

  /**
   * The promise is under 15 s; a loaded CI machine may raise it with
   * -Dfollowthrough.it.ready-seconds.
   */
  private static final Duration READY =
      Duration.ofSeconds(Integer.getInteger("followthrough.it.ready-seconds", 15));

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path workDir;

  @Test
  void devStackServesTheCliAndStopsCleanly() throws Exception {
    int grpc = JarProcess.freePort();
    int http = JarProcess.freePort();
    String address = "127.0.0.1:" + grpc;
    String id = LabResultScenario.workflowId("R-IT-1");
    long started = System.nanoTime();
    try (JarProcess dev =
        JarProcess.start(
            workDir,
            "dev",
            "--port",
            "" + grpc,
            "--http-port",
            "" + http,
            "--grpc-api-port",
            "0",
            "--no-demo")) {
      assertTrue(
          dev.awaitOutput("Followthrough dev is ready", READY.plusSeconds(60)),
          dev.out() + dev.err());
      Duration ready = Duration.ofNanos(System.nanoTime() - started);
      System.out.println("dev ready after " + ready.toMillis() + " ms");
      assertTrue(ready.compareTo(READY) < 0, "dev took " + ready.toMillis() + " ms to be ready");

      HttpResponse<String> health =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http + "/health"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(200, health.statusCode(), health.body());
      assertTrue(health.body().contains("\"UP\""), health.body());

      JarProcess.Result start =
          JarProcess.run(
              workDir,
              "workflow",
              "start",
              "--address",
              address,
              "--type",
              LabResultScenario.TYPE,
              "-w",
              id,
              "-i",
              LabResultScenario.input("R-IT-1"),
              "-o",
              "json");
      assertEquals(0, start.exitCode(), start.toString());
      assertEquals(id, JSON.readTree(start.out()).get("workflowId").asText());

      JarProcess.Result state =
          JarProcess.run(
              workDir, "workflow", "query", "--address", address, "-w", id, "--name", "state");
      assertEquals(0, state.exitCode(), state.toString());
      assertEquals("lab-result-follow-up", JSON.readTree(state.out()).get("outcomeType").asText());

      JarProcess.Result signal =
          JarProcess.run(
              workDir,
              "workflow",
              "signal",
              "--address",
              address,
              "-w",
              id,
              "--name",
              "acknowledge",
              "-i",
              "{\"by\":\"dr-1\"}");
      assertEquals(0, signal.exitCode(), signal.toString());

      JarProcess.Result describe =
          JarProcess.run(workDir, "workflow", "describe", "--address", address, "-w", id);
      assertEquals(0, describe.exitCode(), describe.toString());
      assertTrue(describe.out().contains("Type             LabResultFollowUp"), describe.out());
      assertTrue(describe.out().contains("OutcomeType = lab-result-follow-up"), describe.out());

      JarProcess.Result list =
          JarProcess.run(
              workDir,
              "workflow",
              "list",
              "--address",
              address,
              "-o",
              "json",
              "-q",
              "WorkflowType = 'LabResultFollowUp' AND ExecutionStatus = 'Running'");
      assertEquals(0, list.exitCode(), list.toString());
      JsonNode rows = JSON.readTree(list.out());
      assertEquals(1, rows.size(), list.out());
      assertEquals(id, rows.get(0).get("workflowId").asText());

      int errorsBeforeStop = dev.err().length();
      dev.terminate();
      int exit = dev.awaitExit(Duration.ofSeconds(30));
      // SIGTERM ends a JVM with 128+15 after its shutdown hooks ran; the hook's last line proves
      // it.
      assertEquals(143, exit, dev.err());
      assertTrue(dev.out().contains("Followthrough dev stopped."), dev.out());
      String stopping = dev.err().substring(errorsBeforeStop);
      assertFalse(stopping.contains("Exception"), stopping);
    }
  }
}
