package io.followthrough.practice;

import java.time.LocalDate;

/**
 * One active prescription of a patient, as the practice system lists it ({@link
 * PracticeActivities#medications}). {@link #toString()} shows refs only: the drug is clinical
 * content.
 *
 * @param rxRef the prescription's reference, e.g. {@code rx-0007-1}
 * @param patientRef the patient
 * @param drug generic drug name as prescribed, lower case, e.g. {@code lisinopril}
 * @param strength strength as prescribed, e.g. {@code 10 mg}
 * @param controlledSchedule DEA schedule ({@code II} to {@code V}) of a controlled substance, or
 *     null when it is not controlled
 * @param prescriberRef the prescribing provider, e.g. {@code prov-03}
 * @param lastFill the date of the last fill, or null when unknown
 * @param pharmacyRef the pharmacy that filled it last, e.g. {@code pharm-02}; null when unknown
 */
public record Medication(
    String rxRef,
    String patientRef,
    String drug,
    String strength,
    String controlledSchedule,
    String prescriberRef,
    LocalDate lastFill,
    String pharmacyRef) {

  /** Whether the drug is a controlled substance. */
  public boolean controlled() {
    return controlledSchedule != null && !controlledSchedule.isBlank();
  }

  @Override
  public String toString() {
    return "Medication[rxRef=%s, patientRef=%s, controlled=%s, prescriberRef=%s, pharmacyRef=%s]"
        .formatted(rxRef, patientRef, controlled(), prescriberRef, pharmacyRef);
  }
}
