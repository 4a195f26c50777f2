package io.followthrough.intake;

import java.util.List;

/**
 * Where an intake stands, without PHI: field names, never their values. Answer of the {@code
 * intake} query and the workflow's result.
 *
 * @param documentId the document
 * @param source channel it came through
 * @param understood whether the understand stage has finished (with facts or a rejection)
 * @param type type guessed by the classifier, or null before understanding or when rejected
 * @param typeConfidence calibrated probability of {@code type}, 0 when none
 * @param fieldsFound names of fields read from the document
 * @param missingRequired required fields of the type that are absent or invalid
 * @param needsReview fields present but below the auto-accept threshold
 * @param rejection failure type when the document could not be read or understood, else null
 * @param routedType type the document was routed as, or null while not routed
 * @param decision how the route was decided: {@code automatic}, {@code coordinator} or {@code
 *     discarded}; null while undecided
 */
public record IntakeSummary(
    String documentId,
    String source,
    boolean understood,
    String type,
    double typeConfidence,
    List<String> fieldsFound,
    List<String> missingRequired,
    List<String> needsReview,
    String rejection,
    String routedType,
    String decision) {

  public IntakeSummary {
    fieldsFound = List.copyOf(fieldsFound);
    missingRequired = List.copyOf(missingRequired);
    needsReview = List.copyOf(needsReview);
  }
}
