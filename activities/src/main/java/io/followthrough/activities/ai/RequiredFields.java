package io.followthrough.activities.ai;

import java.util.List;
import java.util.Map;

/** The fields a workflow needs before it can act on each type; missing ones are requested. */
public final class RequiredFields {
  private static final Map<DocumentType, List<String>> REQUIRED =
      Map.of(
          DocumentType.REFERRAL,
          List.of("patient_name", "dob", "phone", "referring_provider", "referring_npi", "reason"),
          DocumentType.REFILL_REQUEST,
          List.of("drug", "strength", "pharmacy_name"),
          DocumentType.PRIOR_AUTH,
          List.of("payer", "decision", "reference_number"),
          DocumentType.LAB_RESULT,
          List.of("test_name", "patient_name", "dob"));

  private RequiredFields() {}

  public static List<String> of(DocumentType type) {
    return REQUIRED.getOrDefault(type, List.of());
  }
}
