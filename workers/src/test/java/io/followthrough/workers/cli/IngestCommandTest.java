package io.followthrough.workers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.followthrough.workers.fixtures.RunningDevServer;
import io.followthrough.workers.intake.DemoFaxes;
import io.followthrough.workers.runtime.HttpRuntime;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {

  @Test
  void uploadsAFolderWithProgressAndReportsBadFiles(@TempDir Path tmp) throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("faxes"));
    Files.write(folder.resolve("a-referral.pdf"), DemoFaxes.referral());
    Files.write(folder.resolve("b-lab.pdf"), DemoFaxes.all().get("lab-result"));
    Files.write(folder.resolve("c-notes.txt"), "not a fax".getBytes(StandardCharsets.UTF_8));
    try (RunningDevServer dev = new RunningDevServer(tmp.resolve("data"));
        HttpRuntime http =
            HttpRuntime.start(
                Map.of(
                    "micronaut.server.port",
                    -1,
                    "followthrough.dev-mode",
                    true,
                    "followthrough.auth.dev-login",
                    true,
                    "followthrough.data-dir",
                    tmp.resolve("data").toString()))) {
      http.useTemporal(dev.stubs, dev.client);
      String url = http.serveHttp();
      String api = http.grpcApiAddress().orElseThrow();

      CommandRun run = CommandRun.of("ingest", "--http", url, "--api", api, folder.toString());
      assertEquals(ExitCodes.FAILED, run.exitCode(), run.err());
      assertTrue(run.err().contains("[1/3] a-referral.pdf"), run.err());
      assertTrue(run.err().contains("[3/3] c-notes.txt"), run.err());
      assertTrue(run.err().contains("c-notes.txt: Not a PDF, TIFF, PNG or JPEG"), run.err());
      assertEquals(2, run.out().lines().filter(l -> l.contains("workflow fax-intake/")).count());

      CommandRun again =
          CommandRun.of(
              "ingest",
              "--http",
              url,
              "--api",
              api,
              "-o",
              "json",
              folder.resolve("b-lab.pdf").toString());
      assertEquals(ExitCodes.OK, again.exitCode(), again.err());
      JsonNode json = Json.MAPPER.readTree(again.out());
      assertTrue(json.get(0).get("duplicate").asBoolean());
      assertEquals(64, json.get(0).get("documentId").asText().length());
    }
  }

  @Test
  void unreachableStackAndMissingFileHaveTheirExitCodes(@TempDir Path tmp) throws Exception {
    Path file = Files.write(tmp.resolve("x.pdf"), DemoFaxes.referral());
    CommandRun down = CommandRun.of("ingest", "--http", "http://127.0.0.1:1", file.toString());
    assertEquals(ExitCodes.CONNECTION, down.exitCode());
    assertTrue(down.err().startsWith("error: cannot reach Followthrough at"), down.err());
    CommandRun missing = CommandRun.of("ingest", tmp.resolve("nope.pdf").toString());
    assertEquals(ExitCodes.USAGE, missing.exitCode());
  }

  @Test
  void evalDocumentsIsUnderTheRootCommand() {
    CommandRun help = CommandRun.of("eval", "documents", "--help");
    assertEquals(ExitCodes.OK, help.exitCode());
    assertTrue(help.out().contains("--labels"), help.out());
  }
}
