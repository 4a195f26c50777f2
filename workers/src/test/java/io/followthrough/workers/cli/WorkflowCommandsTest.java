package io.followthrough.workers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.followthrough.workers.fixtures.RunningDevServer;
import io.followthrough.workers.fixtures.TestOutcomeModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every `followthrough workflow` verb against a port-bound dev server with a worker. */
class WorkflowCommandsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path data;
  static RunningDevServer dev;

  @BeforeAll
  static void start() {
    dev = new RunningDevServer(data);
  }

  @AfterAll
  static void stop() {
    dev.close();
  }

  private static CommandRun run(String... args) {
    String[] withAddress = new String[args.length + 2];
    System.arraycopy(args, 0, withAddress, 0, args.length);
    withAddress[args.length] = "--address";
    withAddress[args.length + 1] = dev.address();
    return CommandRun.of(withAddress);
  }

  @Test
  void startQueryUpdateSignalDescribeListShow() throws Exception {
    String id = "test-outcome/cli-1";
    CommandRun started =
        run(
            "workflow",
            "start",
            "--type",
            "TestOutcome",
            "-w",
            id,
            "-i",
            "{\"id\":\"1\"}",
            "-o",
            "json");
    assertEquals(0, started.exitCode(), started.err());
    assertEquals(id, JSON.readTree(started.out()).get("workflowId").asText());

    awaitStage(id, "waiting");
    CommandRun updated =
        run("workflow", "update", "-w", id, "--name", "assign", "-i", "\"coordinator\"");
    assertEquals(0, updated.exitCode(), updated.err());
    assertEquals("assigned to coordinator", JSON.readTree(updated.out()).asText());
    JsonNode state = JSON.readTree(run("workflow", "query", "-w", id, "--name", "state").out());
    assertEquals("coordinator", state.get("owner").asText());

    CommandRun listed = run("workflow", "list", "-q", "OutcomeStage = 'waiting'");
    assertEquals(0, listed.exitCode(), listed.err());
    assertTrue(listed.out().contains(id), listed.out());

    CommandRun signalled =
        run("workflow", "signal", "-w", id, "--name", "finish", "-i", "{\"by\":\"dr-1\"}");
    assertEquals(0, signalled.exitCode(), signalled.err());
    assertEquals("done by dr-1", dev.client.newUntypedWorkflowStub(id).getResult(String.class));

    CommandRun described = run("workflow", "describe", "-w", id);
    assertTrue(described.out().contains("Status           Completed"), described.out());
    assertTrue(described.out().contains("OutcomeStage = done"), described.out());
    JsonNode describedJson =
        JSON.readTree(run("workflow", "describe", "-w", id, "-o", "json").out());
    assertEquals(
        "WORKFLOW_EXECUTION_STATUS_COMPLETED",
        describedJson.at("/workflowExecutionInfo/status").asText());

    CommandRun shown = run("workflow", "show", "-w", id);
    assertTrue(shown.out().contains("WorkflowExecutionSignaled"), shown.out());
    assertTrue(shown.out().contains("WorkflowExecutionCompleted"), shown.out());
    assertTrue(Files.readString(TestOutcomeModule.journal(data)).contains(id + "/close"));

    JsonNode listedJson =
        JSON.readTree(
            run("workflow", "list", "-q", "WorkflowId = '" + id + "'", "-o", "json").out());
    assertEquals(1, listedJson.size());
    assertEquals("Completed", listedJson.get(0).get("status").asText());
  }

  @Test
  void cancelAndTerminate() throws Exception {
    for (String id : new String[] {"test-outcome/cli-cancel", "test-outcome/cli-term"}) {
      assertEquals(
          0, run("workflow", "start", "--type", "TestOutcome", "-w", id, "-i", "{}").exitCode());
    }
    CommandRun cancelled =
        run("workflow", "cancel", "-w", "test-outcome/cli-cancel", "--reason", "test");
    assertEquals(0, cancelled.exitCode(), cancelled.err());
    CommandRun terminated =
        run("workflow", "terminate", "-w", "test-outcome/cli-term", "--reason", "test");
    assertEquals(0, terminated.exitCode(), terminated.err());
    assertTrue(
        run("workflow", "list", "-q", "ExecutionStatus = 'Terminated'")
            .out()
            .contains("test-outcome/cli-term"));
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!run("workflow", "list", "-q", "ExecutionStatus = 'Canceled'")
        .out()
        .contains("test-outcome/cli-cancel")) {
      assertTrue(System.nanoTime() < deadline, "cancellation never completed");
      Thread.sleep(100);
    }
  }

  @Test
  void failuresAreOneLineWithDocumentedExitCodes() {
    CommandRun duplicate =
        run("workflow", "start", "--type", "TestOutcome", "-w", "test-outcome/dup", "-i", "{}");
    assertEquals(0, duplicate.exitCode(), duplicate.err());
    CommandRun again =
        run("workflow", "start", "--type", "TestOutcome", "-w", "test-outcome/dup", "-i", "{}");
    assertEquals(ExitCodes.FAILED, again.exitCode());
    assertEquals("error: workflow test-outcome/dup is already running\n", again.err());

    CommandRun missing =
        run("workflow", "signal", "-w", "test-outcome/none", "--name", "finish", "-i", "{}");
    assertEquals(ExitCodes.FAILED, missing.exitCode());
    assertOneLine(missing.err());

    CommandRun badJson = run("workflow", "start", "--type", "TestOutcome", "-i", "{oops");
    assertEquals(ExitCodes.USAGE, badJson.exitCode());
    assertTrue(badJson.err().contains("not valid JSON"), badJson.err());

    CommandRun badQuery = run("workflow", "list", "-q", "StartTime > 'x'");
    assertEquals(ExitCodes.FAILED, badQuery.exitCode());
    assertTrue(badQuery.err().contains("joined by AND"), badQuery.err());
    assertOneLine(badQuery.err());

    CommandRun unreachable = CommandRun.of("workflow", "list", "--address", "127.0.0.1:1");
    assertEquals(ExitCodes.CONNECTION, unreachable.exitCode());
    assertTrue(
        unreachable.err().startsWith("error: Cannot reach Temporal at 127.0.0.1:1"),
        unreachable.err());
    assertOneLine(unreachable.err());
  }

  private static void assertOneLine(String err) {
    assertTrue(err.startsWith("error: "), err);
    assertEquals(1, err.lines().count(), err);
    assertFalse(err.contains("\tat "), err);
  }

  private static void awaitStage(String id, String stage) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      CommandRun state = run("workflow", "query", "-w", id, "--name", "state");
      if (state.exitCode() == 0 && stage.equals(JSON.readTree(state.out()).get("stage").asText())) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError(id + " never reached " + stage);
  }
}
