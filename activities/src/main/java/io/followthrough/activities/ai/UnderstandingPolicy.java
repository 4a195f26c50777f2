package io.followthrough.activities.ai;

import io.followthrough.documents.DocumentIntakeOptions;

/**
 * Thresholds that decide what a machine may accept on its own.
 *
 * @param autoAcceptField a field at or above this confidence (and valid) is accepted without review
 * @param autoAcceptType a classification at or above this probability is accepted without review
 */
public record UnderstandingPolicy(double autoAcceptField, double autoAcceptType) {

  /** Defaults measured on the held-out evaluation slice; see docs/document-understanding.md. */
  public static UnderstandingPolicy defaults() {
    return new UnderstandingPolicy(DocumentIntakeOptions.AUTO_ACCEPT, 0.80);
  }

  public boolean accepts(FieldValue field) {
    return field.valid() && field.confidence() >= autoAcceptField;
  }

  public boolean accepts(Classification classification) {
    return classification.confidence() >= autoAcceptType;
  }
}
