package io.followthrough.workers.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.intake.FaxIntakeWorkflow;
import io.followthrough.workers.codec.KeyRing;
import io.followthrough.workers.intake.DemoFaxes;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaxDemoTest {

  @Test
  void devStartsAnIntakePerDemoFaxAndWatchesTheInbox(@TempDir Path data) throws Exception {
    if (System.getProperty("followthrough.codec.keys") == null) {
      System.setProperty("followthrough.codec.keys", KeyRing.newKeyLine("test"));
    }
    try (DevStack stack = DevStack.start(new DevOptions(0, 0, "default", data, true, true))) {
      assertTrue(stack.demoOutcomes() >= DemoFaxes.all().size(), "" + stack.demoOutcomes());
      assertEquals(data.resolve("inbox").toAbsolutePath().normalize(), stack.inbox());
      try (var temporal =
          io.followthrough.workers.runtime.TemporalClients.connect(
              io.followthrough.workers.temporal.TemporalSettings.plaintext(
                  stack.grpcAddress(), "default"),
              io.followthrough.workers.runtime.TemporalClients.cliDataConverter(),
              java.time.Duration.ofSeconds(5))) {
        for (byte[] fax : DemoFaxes.all().values()) {
          String id = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(fax));
          assertEquals(
              "FaxIntake",
              temporal
                  .client()
                  .newUntypedWorkflowStub(FaxIntakeWorkflow.workflowId(id))
                  .describe()
                  .getWorkflowType());
        }
      }
    }
  }
}
