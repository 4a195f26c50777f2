package io.followthrough.activities.documents.eval;

import io.followthrough.activities.ai.DocumentType;
import io.followthrough.activities.ai.FieldValue;
import io.followthrough.activities.ai.Review;
import io.followthrough.activities.ai.Understanding;
import io.followthrough.activities.ai.UnderstandingPolicy;
import io.followthrough.activities.ai.classify.TemperatureFit;
import io.followthrough.activities.ai.classify.TypeClassifier;
import io.followthrough.activities.ai.classify.TypeScores;
import io.followthrough.activities.ai.extract.FieldExtractor;
import io.followthrough.activities.documents.ReadDocument;
import io.followthrough.activities.documents.eval.corpus.CorpusGenerator;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tuning aid, run only on request ({@code -Dtuning=true}) and on the tuning slice ({@code
 * -Dtuning.slice=HELDOUT} exists to diagnose a failing acceptance run, never to tune): fits the
 * classifier temperature, prints calibration and every wrong field with its confidence.
 */
@EnabledIfSystemProperty(named = "tuning", matches = "true")
class TuningReportTest {
  @TempDir Path dir;

  @Test
  void tuneSlice() throws Exception {
    int n = Integer.getInteger("tuning.count", 80);
    String format = System.getProperty("tuning.format", "TEXT_PDF");
    Path labels =
        CorpusGenerator.write(
            dir,
            CorpusGenerator.Slice.valueOf(System.getProperty("tuning.slice", "TUNE")),
            n,
            CorpusGenerator.Format.valueOf(TuningReaders.generatedFormat(format)));
    Clock clock =
        Clock.fixed(CorpusGenerator.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    TypeClassifier classifier = TypeClassifier.offline();
    FieldExtractor extractor = new FieldExtractor(clock);
    UnderstandingPolicy policy = UnderstandingPolicy.defaults();
    var reader = TuningReaders.forFormat(format);
    List<TemperatureFit.Observation> obs = new ArrayList<>();
    for (LabelledDocument d : LabelFile.read(labels)) {
      ReadDocument read = reader.read(dir.resolve(d.file()));
      if (Boolean.getBoolean("tuning.dump")) {
        read.pages()
            .forEach(
                pg ->
                    System.out.printf(
                        "PAGE %s/%d conf=%.2f%n%s%n",
                        d.file(), pg.pageNumber(), pg.confidence(), pg.text()));
      }
      TypeScores s = classifier.scores(read);
      DocumentType truth = DocumentType.fromWireName(d.type()).orElseThrow();
      obs.add(new TemperatureFit.Observation(s, truth));
      var c = TypeClassifier.calibrate(s, classifier.settings().temperature());
      if (c.type() != truth) {
        System.out.printf(
            "TYPE %s truth=%s pred=%s p=%.3f %s%n",
            d.file(), truth, c.type(), c.confidence(), s.evidence());
      }
      Map<String, FieldValue> fields = extractor.extract(truth, read);
      Understanding u = Review.assess(c, fields, policy);
      for (String name : d.fields().keySet()) {
        FieldValue f = u.fields().get(name);
        Set<String> t =
            FieldNormalizer.normalize(name, d.fields().get(name), CorpusGenerator.TODAY);
        Set<String> p =
            f == null
                ? Set.of()
                : FieldNormalizer.normalize(name, f.value(), CorpusGenerator.TODAY);
        if (!t.equals(p)) {
          System.out.printf(
              "FIELD %s %s truth=%s pred=%s conf=%s valid=%s%n",
              d.file(), name, t, p, f == null ? "-" : f.confidence(), f == null ? "-" : f.valid());
        }
      }
    }
    double t = TemperatureFit.fit(obs);
    System.out.printf(
        "TEMPERATURE fitted=%.4f nll=%.4f ece=%.4f (current %.4f: nll=%.4f ece=%.4f)%n",
        t,
        TemperatureFit.nll(obs, t),
        TemperatureFit.expectedCalibrationError(obs, t),
        classifier.settings().temperature(),
        TemperatureFit.nll(obs, classifier.settings().temperature()),
        TemperatureFit.expectedCalibrationError(obs, classifier.settings().temperature()));
  }
}
