package io.followthrough.refill;

import java.util.List;

/**
 * How a refill request matched the patient's prescriptions.
 *
 * @param status {@code MATCHED}, {@code AMBIGUOUS} (several fit equally: a person chooses) or
 *     {@code NONE}
 * @param rxRef the matched prescription when {@code MATCHED}, else null
 * @param candidates the prescriptions that tied (refs), for the coordinator's task
 * @param basis what the match rests on: {@code name-strength}, {@code name}, {@code brand}, ...
 */
public record MedicationMatch(String status, String rxRef, List<String> candidates, String basis) {
  public static final String MATCHED = "MATCHED";
  public static final String AMBIGUOUS = "AMBIGUOUS";
  public static final String NONE = "NONE";

  public MedicationMatch {
    candidates = candidates == null ? List.of() : List.copyOf(candidates);
  }

  public boolean matched() {
    return MATCHED.equals(status) && rxRef != null;
  }
}
