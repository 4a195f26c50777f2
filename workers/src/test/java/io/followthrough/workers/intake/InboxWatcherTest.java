package io.followthrough.workers.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.intake.FaxIntakeWorkflow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxWatcherTest {

  static void await(BooleanSupplier condition, String what) throws InterruptedException {
    for (int i = 0; i < 200 && !condition.getAsBoolean(); i++) {
      Thread.sleep(100);
    }
    assertTrue(condition.getAsBoolean(), what);
  }

  @Test
  void goodFilesAreTakenBadOnesSetAsideWithAReason(@TempDir Path data) throws Exception {
    try (IntakeStack stack = new IntakeStack(data, 200_000)) {
      InboxWatcher watcher = stack.http.bean(InboxWatcher.class);
      Path inbox = watcher.start();
      assertEquals(data.resolve("inbox").toAbsolutePath().normalize(), inbox);

      Files.write(
          inbox.resolve("corrupt.pdf"), "%PDF-1.4 not really".getBytes(StandardCharsets.US_ASCII));
      Files.write(inbox.resolve("notes.txt"), "hello".getBytes(StandardCharsets.US_ASCII));
      Files.write(inbox.resolve("lab.pdf"), DemoFaxes.all().get("lab-result"));

      await(() -> Files.exists(inbox.resolve("processed/lab.pdf")), "good file processed");
      await(
          () -> Files.exists(inbox.resolve("failed/corrupt.pdf.reason.txt")), "corrupt set aside");
      await(() -> Files.exists(inbox.resolve("failed/notes.txt.reason.txt")), "text set aside");
      assertTrue(
          Files.readString(inbox.resolve("failed/corrupt.pdf.reason.txt")).startsWith("CORRUPT: "));
      assertTrue(
          Files.readString(inbox.resolve("failed/notes.txt.reason.txt"))
              .startsWith("UNSUPPORTED_TYPE: "));
      String id = DocumentControllerTest.sha256(DemoFaxes.all().get("lab-result"));
      assertEquals(
          "FaxIntake",
          stack
              .dev
              .client
              .newUntypedWorkflowStub(FaxIntakeWorkflow.workflowId(id))
              .describe()
              .getWorkflowType());

      // The watcher keeps going after bad files; the same fax again is a duplicate, kept too.
      Files.write(inbox.resolve("lab.pdf"), DemoFaxes.all().get("lab-result"));
      Files.write(inbox.resolve("referral.pdf"), DemoFaxes.referral());
      await(() -> Files.exists(inbox.resolve("processed/referral.pdf")), "later file processed");
      await(() -> Files.exists(inbox.resolve("processed/lab.pdf.1")), "second copy kept");
      try (var left = Files.list(inbox)) {
        assertEquals(2, left.count(), "only processed/ and failed/ remain");
      }
      watcher.close();
    }
  }
}
