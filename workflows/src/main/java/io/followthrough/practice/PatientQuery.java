package io.followthrough.practice;

import java.time.LocalDate;

/**
 * Who a referral is about, as extracted from the document. Any field may be null; a match needs at
 * least the MRN, or the last name with the date of birth. {@link #toString()} hides the values, so
 * a logged query leaks no PHI.
 *
 * @param firstName given name as written (nicknames and small typos are tolerated)
 * @param lastName family name as written
 * @param dateOfBirth date of birth
 * @param phone phone in any common format
 * @param mrn the practice's medical record number, when the referral carries it
 */
public record PatientQuery(
    String firstName, String lastName, LocalDate dateOfBirth, String phone, String mrn) {

  @Override
  public String toString() {
    return "PatientQuery[redacted]";
  }
}
