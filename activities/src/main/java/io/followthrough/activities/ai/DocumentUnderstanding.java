package io.followthrough.activities.ai;

import io.followthrough.activities.documents.ReadDocument;

/**
 * Classifies a read document and extracts its fields, each with a confidence and evidence. Two
 * providers implement it: {@link LocalDocumentUnderstanding} (offline: embeddings, rules,
 * validators) and {@code llm.LlmDocumentUnderstanding} (a hosted model, output checked by the same
 * validators). Results below the {@link UnderstandingPolicy} thresholds are marked for a person,
 * never guessed.
 */
public interface DocumentUnderstanding {

  /**
   * Understands {@code document}.
   *
   * @throws UnderstandingFailedException when the provider cannot produce a usable answer; {@code
   *     retryable()} says whether trying again can help
   */
  Understanding understand(ReadDocument document);
}
