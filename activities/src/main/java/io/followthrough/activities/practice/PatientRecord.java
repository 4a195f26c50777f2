package io.followthrough.activities.practice;

import io.followthrough.practice.CoverageState;
import java.time.LocalDate;

/**
 * A patient in the sandbox practice system. Demographics are PHI: {@link #toString()} shows only
 * the reference.
 */
public record PatientRecord(
    String ref,
    String mrn,
    String firstName,
    String lastName,
    LocalDate dateOfBirth,
    String phone,
    String email,
    String language,
    String timeZone,
    String payer,
    String memberId,
    CoverageState coverage,
    String coverageReason) {

  @Override
  public String toString() {
    return "PatientRecord[" + ref + "]";
  }
}
