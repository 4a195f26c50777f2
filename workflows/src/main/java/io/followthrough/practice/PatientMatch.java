package io.followthrough.practice;

/**
 * The result of {@link PracticeActivities#matchPatient}.
 *
 * @param status how the query resolved
 * @param patientRef the patient reference when {@link MatchStatus#MATCHED}, else null
 * @param candidateCount how many patients tied for the best score (1 when matched, 0 when none)
 * @param basis what the match rests on, as a code: {@code mrn}, {@code name-dob-phone}, {@code
 *     name-dob}, {@code fuzzy-name-dob}; null when none
 */
public record PatientMatch(
    MatchStatus status, String patientRef, int candidateCount, String basis) {

  public static PatientMatch matched(String patientRef, String basis) {
    return new PatientMatch(MatchStatus.MATCHED, patientRef, 1, basis);
  }

  public static PatientMatch ambiguous(int candidateCount, String basis) {
    return new PatientMatch(MatchStatus.AMBIGUOUS, null, candidateCount, basis);
  }

  public static PatientMatch none() {
    return new PatientMatch(MatchStatus.NONE, null, 0, null);
  }
}
