package io.followthrough.activities.ai;

import io.followthrough.activities.ai.classify.TypeClassifier;
import io.followthrough.activities.ai.extract.FieldExtractor;
import io.followthrough.activities.documents.ReadDocument;
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
    return new LocalDocumentUnderstanding(
        TypeClassifier.offline(), new FieldExtractor(), UnderstandingPolicy.defaults());
  }

  @Override
  public Understanding understand(ReadDocument document) {
    Classification c = classifier.classify(document);
    Map<String, FieldValue> fields = extractor.extract(c.type(), document);
    return Review.assess(c, fields, policy);
  }
}
