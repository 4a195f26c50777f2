package io.followthrough.activities.ai;

import java.util.Locale;
import java.util.Optional;

/**
 * What kind of document arrived. The wire name (e.g. {@code lab_result}) is used in labels and
 * JSON.
 */
public enum DocumentType {
  REFERRAL,
  LAB_RESULT,
  PRIOR_AUTH,
  REFILL_REQUEST,
  ELIGIBILITY,
  MEDICAL_RECORDS,
  PATIENT_FORM,
  OTHER;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<DocumentType> fromWireName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    for (DocumentType t : values()) {
      if (t.wireName().equalsIgnoreCase(name.trim())) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
