package io.followthrough.practice;

import java.time.LocalDate;

/**
 * A patient to register when no match exists. {@link #toString()} hides the values (PHI).
 *
 * @param firstName given name (required)
 * @param lastName family name (required)
 * @param dateOfBirth date of birth (required, not in the future)
 * @param phone phone in any North American format (optional)
 * @param language preferred language as an IETF tag, e.g. {@code en}, {@code es} (default en)
 * @param timeZone IANA zone for contact hours, e.g. {@code America/Chicago} (default practice zone)
 * @param payer insurer code, e.g. {@code aetna} (optional)
 * @param memberId insurance member id (optional)
 */
public record NewPatient(
    String firstName,
    String lastName,
    LocalDate dateOfBirth,
    String phone,
    String language,
    String timeZone,
    String payer,
    String memberId) {

  @Override
  public String toString() {
    return "NewPatient[redacted]";
  }
}
