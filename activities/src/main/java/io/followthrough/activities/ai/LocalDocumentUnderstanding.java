package io.followthrough.activities.ai;

import io.followthrough.activities.ai.classify.TypeClassifier;
import io.followthrough.activities.ai.extract.FieldExtractor;
import io.followthrough.activities.documents.ReadDocument;
import java.time.Clock;
import java.util.Map;

/** Offline provider: embedding + rules classifier, label-driven extraction, validators. */
public final class LocalDocumentUnderstanding implements DocumentUnderstanding {
  private final TypeClassifier classifier;
  private final FieldExtractor extractor;
  private final UnderstandingPolicy policy;

  public LocalDocumentUnderstanding(
      TypeClassifier classifier, FieldExtractor extractor, UnderstandingPolicy policy) {
    this.classifier = classifier;
    this.extractor = extractor;
    this.policy = policy;
  }

  /** The offline default: bundled MiniLM model and examples, system clock, default policy. */
  public static LocalDocumentUnderstanding offline() {
    return offline(Clock.systemUTC(), UnderstandingPolicy.defaults());
  }

  /** Offline, with the clock that dates are judged against (birth dates in the past, ...). */
  public static LocalDocumentUnderstanding offline(Clock clock, UnderstandingPolicy policy) {
    return new LocalDocumentUnderstanding(
        TypeClassifier.offline(), new FieldExtractor(clock), policy);
  }

  @Override
  public Understanding understand(ReadDocument document) {
    Classification c = classifier.classify(document);
    Map<String, FieldValue> fields = extractor.extract(c.type(), document);
    return Review.assess(c, fields, policy);
  }
}
