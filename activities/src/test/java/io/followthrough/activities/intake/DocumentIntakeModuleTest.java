package io.followthrough.activities.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.activities.documents.eval.corpus.CorpusGenerator;
import io.followthrough.intake.FaxIntakeInput;
import io.followthrough.intake.FaxIntakeWorkflow;
import io.followthrough.intake.IntakeSummary;
import io.followthrough.sdk.OutcomeState;
import io.followthrough.testkit.OutcomeTestEnvironment;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The module as a worker runs it: encrypted store, OCR reader and the offline model. */
class DocumentIntakeModuleTest {

  @Test
  void storedReferralIsUnderstoodThroughTheModule(@TempDir Path dir) throws Exception {
    KeyedTestEnvironment environment = KeyedTestEnvironment.in(dir.resolve("data"));
    CorpusGenerator.write(
        dir.resolve("in"), CorpusGenerator.Slice.TUNE, 1, CorpusGenerator.Format.TEXT_PDF);
    byte[] referral = Files.readAllBytes(DocumentPrecheckTest.only(dir.resolve("in"), ".pdf"));
    String id =
        IntakeStorage.open(dir.resolve("data"), environment.encryption(), 1 << 20).put(referral);
    byte[] onDisk =
        Files.readAllBytes(
            IntakeStorage.documentFolder(dir.resolve("data"))
                .resolve(id.substring(0, 2))
                .resolve(id + ".blob"));
    assertFalse(
        new String(onDisk, java.nio.charset.StandardCharsets.ISO_8859_1).contains("%PDF"),
        "sealed at rest");

    try (OutcomeTestEnvironment env =
        OutcomeTestEnvironment.builder().module(new DocumentIntakeModule(), environment).build()) {
      FaxIntakeWorkflow wf =
          env.newWorkflow(FaxIntakeWorkflow.class, FaxIntakeWorkflow.workflowId(id));
      WorkflowClient.start(wf::run, new FaxIntakeInput(id, "test", 0L, 1));
      // Real time, not skipped: loading the model and reading take seconds of wall clock.
      IntakeSummary summary = wf.intake();
      for (int i = 0; i < 600 && !summary.understood(); i++) {
        Thread.sleep(200);
        summary = wf.intake();
      }
      assertTrue(summary.understood());
      assertEquals("referral", summary.type());
      assertTrue(summary.fieldsFound().contains("patient_name"), summary.fieldsFound().toString());
      // Whichever the facts say: routed when confident and complete, else a coordinator task.
      OutcomeState state = wf.state();
      for (int i = 0; i < 100 && !state.needsHuman() && !state.completed(); i++) {
        Thread.sleep(100);
        state = wf.state();
      }
      if (state.needsHuman()) {
        assertEquals("coordinator", state.tasks().get(0).role());
        assertEquals(id, state.tasks().get(0).context().get("documentId"));
      } else {
        IntakeSummary result = WorkflowStub.fromTyped(wf).getResult(IntakeSummary.class);
        assertEquals("referral", result.routedType());
        assertTrue(result.missingRequired().isEmpty());
      }
      try (var left =
          Files.list(dir.resolve("data").resolve("tmp").resolve(DocumentIntakeModule.NAME))) {
        assertEquals(0, left.count(), "the decrypted temp copy is deleted");
      }
    }
  }

  @Test
  void unknownDocumentBecomesAReviewTask(@TempDir Path dir) {
    KeyedTestEnvironment environment = KeyedTestEnvironment.in(dir);
    try (OutcomeTestEnvironment env =
        OutcomeTestEnvironment.builder().module(new DocumentIntakeModule(), environment).build()) {
      String id = "0".repeat(64);
      FaxIntakeWorkflow wf =
          env.newWorkflow(FaxIntakeWorkflow.class, FaxIntakeWorkflow.workflowId(id));
      WorkflowClient.start(wf::run, new FaxIntakeInput(id, "test", 0L, 1));
      env.sleep(Duration.ofMinutes(5));
      assertEquals("review-document", wf.state().tasks().get(0).reason());
      assertEquals("DocumentNotFound", wf.intake().rejection());
    }
  }
}
