package io.followthrough.workers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.followthrough.workers.api.SharedApiStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** `followthrough inbox` and `resolve` over the gRPC API of the shared dev stack. */
class InboxResolveCommandTest {

  static String api;
  static String http;

  @BeforeAll
  static void start() {
    api = SharedApiStack.stack().apiGrpcAddress();
    http = SharedApiStack.httpUrl();
  }

  @Test
  void inboxListsTheTaskAndResolveRoutesTheDecision() throws Exception {
    String taskId = SharedApiStack.openReviewTask();

    CommandRun inbox =
        CommandRun.of(
            "inbox",
            "--api",
            api,
            "--http",
            http,
            "--outcome-type",
            "fax-intake",
            "--limit",
            "200");
    assertEquals(ExitCodes.OK, inbox.exitCode(), inbox.err());
    String line =
        inbox
            .out()
            .lines()
            .filter(l -> l.endsWith(taskId))
            .findFirst()
            .orElseThrow(() -> new AssertionError(taskId + " not listed:\n" + inbox.out()));
    assertTrue(line.contains("review-document") && line.contains("coordinator"), line);

    CommandRun json =
        CommandRun.of("inbox", "--api", api, "--http", http, "--limit", "200", "-o", "json");
    assertEquals(ExitCodes.OK, json.exitCode(), json.err());
    boolean listed = false;
    for (JsonNode task : Json.MAPPER.readTree(json.out())) {
      listed |= task.get("taskId").asText().equals(taskId);
    }
    assertTrue(listed, json.out());

    CommandRun refused =
        CommandRun.of("resolve", taskId, "--resolution", "shred-it", "--api", api, "--http", http);
    assertEquals(ExitCodes.FAILED, refused.exitCode());
    assertTrue(refused.err().startsWith("error: INVALID_ARGUMENT"), refused.err());
    assertTrue(refused.err().contains("unknown resolution 'shred-it'"), refused.err());

    CommandRun resolved =
        CommandRun.of(
            "resolve",
            taskId,
            "--resolution",
            "discard",
            "--api",
            api,
            "--http",
            http,
            "-o",
            "json");
    assertEquals(ExitCodes.OK, resolved.exitCode(), resolved.err());
    JsonNode answer = Json.MAPPER.readTree(resolved.out());
    assertEquals("discard", answer.get("resolution").asText());
    assertEquals("cli", answer.get("by").asText(), "the dev login's staff id");

    CommandRun after =
        CommandRun.of(
            "inbox",
            "--api",
            api,
            "--http",
            http,
            "--outcome-type",
            "fax-intake",
            "--limit",
            "200");
    assertTrue(after.out().lines().noneMatch(l -> l.endsWith(taskId)), "left the inbox");
  }

  @Test
  void deniedRolesBadTokensAndUnreachableServersHaveTheirExitCodes() {
    CommandRun auditor =
        CommandRun.of("inbox", "--api", api, "--http", http, "--dev-role", "auditor");
    assertEquals(ExitCodes.FAILED, auditor.exitCode());
    assertTrue(auditor.err().startsWith("error: PERMISSION_DENIED"), auditor.err());

    CommandRun badToken = CommandRun.of("inbox", "--api", api, "--token", "not-a-jwt");
    assertEquals(ExitCodes.CONNECTION, badToken.exitCode());
    assertTrue(badToken.err().contains("refused the token"), badToken.err());

    CommandRun down = CommandRun.of("inbox", "--api", "127.0.0.1:1", "--token", "x");
    assertEquals(ExitCodes.CONNECTION, down.exitCode());
    assertTrue(
        down.err().startsWith("error: cannot reach the Followthrough gRPC API at 127.0.0.1:1"),
        down.err());

    CommandRun missing =
        CommandRun.of(
            "resolve",
            "fax-intake/nope/review-1",
            "--resolution",
            "discard",
            "--api",
            api,
            "--http",
            http);
    assertEquals(ExitCodes.FAILED, missing.exitCode());
    assertTrue(missing.err().startsWith("error: NOT_FOUND"), missing.err());

    CommandRun usage = CommandRun.of("resolve", "some-task");
    assertEquals(ExitCodes.USAGE, usage.exitCode(), "--resolution is required");
  }
}
