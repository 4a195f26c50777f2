package io.followthrough.workers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.temporal.api.workflowservice.v1.ListWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.ListWorkflowExecutionsResponse;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chaos: the worker is killed with SIGKILL after the first step completed; a new worker finishes
 * the outcome, and the journal shows that no step completed before the kill ran again.
 */
class WorkerKillIT {

  @TempDir Path workDir;

  @Test
  void killedWorkerRepeatsNoCompletedStep() throws Exception {
    int grpc = JarProcess.freePort();
    String address = "127.0.0.1:" + grpc;
    String id = LabResultScenario.workflowId("R-KILL-1");
    Path journal = workDir.resolve(".followthrough/lab-result-follow-up/executions.log");
    try (JarProcess dev =
            JarProcess.start(
                workDir,
                "dev",
                "--port",
                "" + grpc,
                "--http-port",
                "" + JarProcess.freePort(),
                "--no-worker",
                "--no-demo");
        JarProcess first = startWorker(address)) {
      assertTrue(dev.awaitOutput("Followthrough dev is ready", Duration.ofSeconds(90)), dev.err());
      assertTrue(
          first.awaitOutput("Worker started", Duration.ofSeconds(90)), first.out() + first.err());

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
              LabResultScenario.input("R-KILL-1"));
      assertEquals(0, start.exitCode(), start.toString());

      // The first step (notify the provider) has run once it is journaled and the workflow has
      // moved on to waiting for the acknowledgement, i.e. Temporal recorded its completion.
      awaitStage(address, id, "await-acknowledgement");
      List<String> beforeKill = steps(journal);
      assertEquals(1, beforeKill.size(), beforeKill.toString());
      first.kill();
      assertTrue(!first.isAlive());

      try (JarProcess second = startWorker(address)) {
        assertTrue(second.awaitOutput("Worker started", Duration.ofSeconds(90)), second.err());
        signal(address, id, "acknowledge", "{\"by\":\"dr-1\"}");
        awaitStage(address, id, "confirm-patient-informed");
        signal(address, id, "patientConfirmed", "{\"via\":\"portal\"}");
        awaitStatus(address, id, "Completed");
      }

      List<String> all = steps(journal);
      for (String step : beforeKill) {
        assertEquals(1, all.stream().filter(step::equals).count(), step + " ran again: " + all);
      }
      assertTrue(all.stream().anyMatch(s -> s.startsWith("NotifyPatient ")), all.toString());
      assertTrue(all.stream().anyMatch(s -> s.startsWith("CloseLoop ")), all.toString());
      dev.terminate();
      dev.awaitExit(Duration.ofSeconds(30));
    }
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

  private void signal(String address, String id, String name, String json) throws Exception {
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
            name,
            "-i",
            json);
    assertEquals(0, signal.exitCode(), signal.toString());
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
