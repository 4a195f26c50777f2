package io.followthrough.activities.ai.classify;

import io.followthrough.activities.ai.DocumentType;
import java.util.List;
import java.util.Map;

/**
 * Uncalibrated evidence for each type: kNN cosine similarity plus weighted rule matches.
 *
 * @param scores combined score per type
 * @param evidence matched rules and nearest examples (ids only, no document text)
 */
public record TypeScores(Map<DocumentType, Double> scores, List<String> evidence) {
  public TypeScores {
    scores = Map.copyOf(scores);
    evidence = List.copyOf(evidence);
  }
}
