package io.followthrough.refill;

import io.followthrough.practice.Medication;
import java.util.List;

/**
 * What a refill request names, to be matched against the patient's prescriptions. {@link
 * #toString()} leaves out the drug and the text.
 *
 * @param drug the drug as the request wrote it (a fax field), or null
 * @param strength the strength as written, or null
 * @param text free text naming the medication (a patient's message), or null
 * @param candidates the patient's active prescriptions
 */
public record MedicationMatchRequest(
    String drug, String strength, String text, List<Medication> candidates) {

  public MedicationMatchRequest {
    candidates = candidates == null ? List.of() : List.copyOf(candidates);
  }

  @Override
  public String toString() {
    return "MedicationMatchRequest[drug=%s, strength=%s, text=%s, candidates=%d]"
        .formatted(drug != null, strength != null, text != null, candidates.size());
  }
}
