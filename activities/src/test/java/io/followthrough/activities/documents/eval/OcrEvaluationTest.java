package io.followthrough.activities.documents.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.activities.ai.LocalDocumentUnderstanding;
import io.followthrough.activities.ai.UnderstandingPolicy;
import io.followthrough.activities.documents.OcrDocumentReader;
import io.followthrough.activities.documents.eval.corpus.CorpusGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance test: held-out fax TIFFs (layout and seeds never used for tuning) at 204x196 and
 * 204x98, read by the real OCR reader, meet the targets. About 40 pages of OCR.
 */
class OcrEvaluationTest {
  static final int DOCUMENTS = 28;

  @TempDir Path dir;

  @Test
  void heldOutFaxesMeetTargets() throws Exception {
    Path labels =
        CorpusGenerator.write(
            dir, CorpusGenerator.Slice.HELDOUT, DOCUMENTS, CorpusGenerator.Format.FAX_MIXED_TIFF);
    Clock clock =
        Clock.fixed(CorpusGenerator.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    UnderstandingPolicy policy = UnderstandingPolicy.defaults();
    EvaluationReport r;
    try (OcrDocumentReader reader = new OcrDocumentReader()) {
      r =
          new DocumentEvaluator(
                  reader,
                  LocalDocumentUnderstanding.offline(clock, policy),
                  policy,
                  CorpusGenerator.TODAY)
              .evaluate(dir, labels, EvaluationProgress.NONE);
    }
    System.out.println(ReportFormat.text(r));
    Files.writeString(Path.of("target", "ocr-heldout-report.json"), ReportFormat.json(r));
    assertEquals(DOCUMENTS, r.documents());
    assertTrue(r.failures().isEmpty(), String.join("; ", r.failures()));
    assertTrue(r.classificationAccuracy() >= 0.95, "accuracy " + r.classificationAccuracy());
    assertTrue(r.fieldF1() >= 0.90, "field F1 " + r.fieldF1());
    assertEquals(0, r.wrongAutoAccepted(), String.join("; ", r.wrongAutoAcceptedItems()));
  }
}
