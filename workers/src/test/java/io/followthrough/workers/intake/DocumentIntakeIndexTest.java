package io.followthrough.workers.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.activities.store.OpsStore;
import io.followthrough.activities.store.OpsStoreConfig;
import io.followthrough.activities.store.documents.IndexedDocument;
import io.followthrough.intake.FaxIntakeWorkflow;
import io.followthrough.workers.codec.KeyRing;
import io.followthrough.workers.fixtures.RunningDevServer;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With an ops store wired, each received document is indexed once, by hash, with its workflow. */
class DocumentIntakeIndexTest {

  @Test
  void receivedDocumentsAreIndexedOnce(@TempDir Path data) throws Exception {
    try (RunningDevServer dev = new RunningDevServer(data);
        OpsStore store = OpsStore.open(OpsStoreConfig.embedded(data.resolve("ops")))) {
      DocumentIntake intake =
          new DocumentIntake(
              dev.client,
              KeyRing.parse(KeyRing.newKeyLine("t"), "test"),
              new IntakeProperties(
                  1_000_000,
                  null,
                  Duration.ofSeconds(2),
                  Duration.ofSeconds(1),
                  Duration.ofSeconds(5)),
              data.toString(),
              store);
      IngestReceipt first = intake.ingest(DemoFaxes.referral(), "upload", false);
      IngestReceipt again = intake.ingest(DemoFaxes.referral(), "inbox", false);
      assertFalse(first.duplicate());
      assertTrue(again.duplicate());
      IndexedDocument indexed = store.documents().find(first.documentId()).orElseThrow();
      assertEquals("application/pdf", indexed.mediaType());
      assertEquals(1, indexed.pages());
      assertEquals(FaxIntakeWorkflow.workflowId(first.documentId()), indexed.workflowId());
    }
  }
}
