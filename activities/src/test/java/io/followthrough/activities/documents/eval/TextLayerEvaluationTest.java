package io.followthrough.activities.documents.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.activities.ai.LocalDocumentUnderstanding;
import io.followthrough.activities.ai.UnderstandingPolicy;
import io.followthrough.activities.ai.classify.TypeClassifier;
import io.followthrough.activities.ai.extract.FieldExtractor;
import io.followthrough.activities.documents.eval.corpus.CorpusGenerator;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluator on rendered PDFs with a text layer (no OCR): held-out slice meets the targets. */
class TextLayerEvaluationTest {
  @TempDir Path dir;

  @Test
  void heldOutTextLayerMeetsTargets() throws Exception {
    Path labels =
        CorpusGenerator.write(
            dir, CorpusGenerator.Slice.HELDOUT, 40, CorpusGenerator.Format.TEXT_PDF);
    Clock clock =
        Clock.fixed(CorpusGenerator.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    UnderstandingPolicy policy = UnderstandingPolicy.defaults();
    LocalDocumentUnderstanding u =
        new LocalDocumentUnderstanding(TypeClassifier.offline(), new FieldExtractor(clock), policy);
    EvaluationReport r =
        new DocumentEvaluator(new TextLayerPdfReader(), u, policy, CorpusGenerator.TODAY)
            .evaluate(dir, labels, EvaluationProgress.NONE);
    System.out.println(ReportFormat.text(r));
    assertEquals(40, r.documents());
    assertTrue(r.classificationAccuracy() >= 0.95, "accuracy " + r.classificationAccuracy());
    assertTrue(r.fieldF1() >= 0.90, "field F1 " + r.fieldF1());
    assertEquals(0, r.wrongAutoAccepted(), String.join("; ", r.wrongAutoAcceptedItems()));
  }
}
