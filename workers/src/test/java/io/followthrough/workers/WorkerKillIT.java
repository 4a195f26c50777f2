package io.followthrough.workers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.followthrough.workers.codec.KeyRingLoader;
import io.followthrough.workers.codec.PayloadEncryption;
import io.followthrough.workers.temporal.TemporalConnection;
import io.followthrough.workers.temporal.TemporalSettings;
import io.temporal.api.workflowservice.v1.ListWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.ListWorkflowExecutionsResponse;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chaos: the worker is killed with SIGKILL after the first step completed; a new worker finishes
 * the outcome, and the journal shows that no step completed before the kill ran again.
 */
class WorkerKillIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path workDir;

  @Test
  void killedWorkerRepeatsNoCompletedStep() throws Exception {
    int grpc = JarProcess.freePort();
    String address = "127.0.0.1:" + grpc;
    String id = LabResultScenario.workflowId("R-KILL-1");
    Path journal = workDir.resolve(".followthrough/lab-result-follow-up/executions.log");
    List<String> beforeKill;
    try (JarProcess dev =
        JarProcess.start(
            workDir,
            "dev",
            "--port",
            "" + grpc,
            "--http-port",
            "" + JarProcess.freePort(),
            "--grpc-api-port",
            "0",
            "--no-worker",
            "--no-demo")) {
      assertTrue(dev.awaitOutput("Followthrough dev is ready", Duration.ofSeconds(90)), dev.err());
      try (JarProcess first = startWorker(address);
          TemporalConnection temporal = connect(address)) {
        assertTrue(first.awaitOutput("Worker started", Duration.ofSeconds(90)), first.err());
        WorkflowClient client = temporal.client();
        client
            .newUntypedWorkflowStub(
                LabResultScenario.TYPE,
                WorkflowOptions.newBuilder()
                    .setWorkflowId(id)
                    .setTaskQueue("followthrough")
                    .build())
            .start(JSON.readTree(LabResultScenario.input("R-KILL-1")));

        // The first step (notify the provider) has run once it is journaled and the workflow has
        // moved on to waiting for the acknowledgement, i.e. Temporal recorded its completion.
        awaitStage(address, id, "await-acknowledgement");
        beforeKill = steps(journal);
        assertEquals(1, beforeKill.size(), beforeKill.toString());
        first.kill();
        assertFalse(first.isAlive());

        try (JarProcess second = startWorker(address)) {
          assertTrue(second.awaitOutput("Worker started", Duration.ofSeconds(90)), second.err());
          WorkflowStub outcome = client.newUntypedWorkflowStub(id);
          outcome.signal("acknowledge", JSON.readTree("{\"by\":\"dr-1\"}"));
          awaitStage(address, id, "confirm-patient-informed");
          outcome.signal("patientConfirmed", JSON.readTree("{\"via\":\"portal\"}"));
          awaitStatus(address, id, "Completed");
        }
      }
      dev.terminate();
      dev.awaitExit(Duration.ofSeconds(30));
    }
    List<String> all = steps(journal);
    for (String step : beforeKill) {
      assertEquals(1, all.stream().filter(step::equals).count(), step + " ran again: " + all);
    }
    assertTrue(all.stream().anyMatch(s -> s.startsWith("NotifyPatient ")), all.toString());
    assertTrue(all.stream().anyMatch(s -> s.startsWith("CloseLoop ")), all.toString());
  }

  /** An in-process client that shares the dev key the jar processes generated in workDir. */
  private TemporalConnection connect(String address) {
    Path key = workDir.resolve(KeyRingLoader.DEV_KEY_FILE);
    return TemporalConnection.open(
        TemporalSettings.plaintext(address, "default"),
        PayloadEncryption.dataConverter(
            KeyRingLoader.load(
                Map.of(KeyRingLoader.KEY_FILE_ENV, key.toString()), null, null, false, workDir)),
        Duration.ofSeconds(30));
  }

  private JarProcess startWorker(String address) {
    return JarProcess.start(workDir, "worker", "--address", address, "--sandbox");
  }

  /** Journal lines without their timestamps: {@code <activity> <idempotencyKey>}. */
  private static List<String> steps(Path journal) throws IOException {
    if (!Files.exists(journal)) {
      return List.of();
    }
    return Files.readAllLines(journal).stream()
        .filter(line -> !line.isBlank())
        .map(line -> line.substring(line.indexOf(' ') + 1))
        .toList();
  }

  private static void awaitStage(String address, String id, String stage) throws Exception {
    awaitList(address, "WorkflowId = '" + id + "' AND OutcomeStage = '" + stage + "'");
  }

  private static void awaitStatus(String address, String id, String status) throws Exception {
    awaitList(address, "WorkflowId = '" + id + "' AND ExecutionStatus = '" + status + "'");
  }

  /** Polls the visibility list in-process (a CLI process per poll would be slow). */
  private static void awaitList(String address, String query) throws Exception {
    WorkflowServiceStubs stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(address).build());
    try {
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (System.nanoTime() < deadline) {
        ListWorkflowExecutionsResponse page =
            stubs
                .blockingStub()
                .listWorkflowExecutions(
                    ListWorkflowExecutionsRequest.newBuilder()
                        .setNamespace("default")
                        .setQuery(query)
                        .build());
        if (page.getExecutionsCount() > 0) {
          return;
        }
        Thread.sleep(100);
      }
      throw new AssertionError("no execution matched " + query);
    } finally {
      stubs.shutdownNow();
    }
  }
}
