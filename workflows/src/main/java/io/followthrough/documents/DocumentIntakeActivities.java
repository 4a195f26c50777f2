package io.followthrough.documents;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

/**
 * Reads and understands one stored document (OCR, classification, field extraction and validation).
 * Idempotent: the same document id always yields the same facts for a given model, so retries are
 * safe.
 *
 * <p>Non-retryable failures (as {@code ApplicationFailure} types): {@link #DOCUMENT_NOT_FOUND},
 * {@link #DOCUMENT_REJECTED} (corrupt, encrypted, too large, unsupported; the message says which)
 * and {@link #UNDERSTANDING_FAILED} (the model's answer stayed invalid after one repair). Each
 * should become a human task. Other failures are transient and retried by the activity options.
 */
@ActivityInterface
public interface DocumentIntakeActivities {
  String DOCUMENT_NOT_FOUND = "DocumentNotFound";
  String DOCUMENT_REJECTED = "DocumentRejected";
  String UNDERSTANDING_FAILED = "UnderstandingFailed";

  /** Classifies the document and extracts its fields; never guesses below threshold. */
  @ActivityMethod(name = "UnderstandDocument")
  DocumentFacts understand(String documentId);
}
