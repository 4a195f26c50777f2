package io.followthrough.intake;

import java.util.List;

/** The resolutions a coordinator may give an intake review task. */
public final class IntakeDecisions {

  /** Resolution that closes the intake without routing (junk fax, duplicate on paper, ...). */
  public static final String DISCARD = "discard";

  /** Document types a document can be routed as (the classifier's wire names). */
  public static final List<String> TYPES =
      List.of(
          "referral",
          "lab_result",
          "prior_auth",
          "refill_request",
          "eligibility",
          "medical_records",
          "patient_form",
          "other");

  private IntakeDecisions() {}

  /** Why {@code resolution} is not a valid decision, or null when it is. */
  public static String problem(String resolution) {
    if (resolution == null || resolution.isBlank()) {
      return "resolution must be a document type (" + String.join(", ", TYPES) + ") or discard";
    }
    if (DISCARD.equals(resolution) || TYPES.contains(resolution)) {
      return null;
    }
    return "unknown resolution '"
        + resolution
        + "': use a document type ("
        + String.join(", ", TYPES)
        + ") or discard";
  }
}
