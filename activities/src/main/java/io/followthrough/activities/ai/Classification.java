package io.followthrough.activities.ai;

import java.util.List;
import java.util.Map;

/**
 * The document type with a calibrated probability.
 *
 * @param type the most probable type
 * @param confidence its probability (0..1)
 * @param probabilities the probability of every type
 * @param evidence why: matched form titles and the nearest labelled examples (no document text)
 */
public record Classification(
    DocumentType type,
    double confidence,
    Map<DocumentType, Double> probabilities,
    List<String> evidence) {
  public Classification {
    probabilities = Map.copyOf(probabilities);
    evidence = List.copyOf(evidence);
  }
}
