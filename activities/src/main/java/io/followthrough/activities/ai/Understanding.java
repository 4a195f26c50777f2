package io.followthrough.activities.ai;

import java.util.List;
import java.util.Map;

/**
 * What was understood from one document.
 *
 * @param classification the type and its confidence
 * @param fields extracted fields by name
 * @param missingRequired required fields of the type that were not found or are invalid
 * @param needsReview fields found but below the auto-accept threshold
 * @param needsHuman true when the type or a required field is not auto-accepted
 */
public record Understanding(
    Classification classification,
    Map<String, FieldValue> fields,
    List<String> missingRequired,
    List<String> needsReview,
    boolean needsHuman) {
  public Understanding {
    fields = Map.copyOf(fields);
    missingRequired = List.copyOf(missingRequired);
    needsReview = List.copyOf(needsReview);
  }
}
