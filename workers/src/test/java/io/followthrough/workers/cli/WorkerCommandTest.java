package io.followthrough.workers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Misconfiguration of `followthrough worker`: one line on stderr, exit code 3. */
class WorkerCommandTest {

  @Test
  void unreachableServer() {
    CommandRun run = CommandRun.of("worker", "--address", "127.0.0.1:1");
    assertEquals(ExitCodes.CONNECTION, run.exitCode());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith("error: Cannot reach Temporal at 127.0.0.1:1"), run.err());
  }

  @Test
  void missingCertificateFile() {
    CommandRun run =
        CommandRun.of(
            "worker",
            "--address",
            "127.0.0.1:1",
            "--tls-cert-path",
            "/nonexistent/client.pem",
            "--tls-key-path",
            "/nonexistent/client.key");
    assertEquals(ExitCodes.CONNECTION, run.exitCode());
    assertEquals(
        "error: TLS client certificate file not found: /nonexistent/client.pem\n", run.err());
  }

  @Test
  void missingConfigFile() {
    CommandRun run = CommandRun.of("worker", "--config", "/nonexistent/followthrough.yml");
    assertEquals(ExitCodes.CONNECTION, run.exitCode());
    assertEquals(
        "error: configuration file not readable: /nonexistent/followthrough.yml\n", run.err());
  }

  @Test
  void unknownOptionIsUsageError() {
    CommandRun run = CommandRun.of("worker", "--adress", "x");
    assertEquals(ExitCodes.USAGE, run.exitCode());
  }
}
