package io.followthrough.practice;

import java.time.LocalDate;

/**
 * When a patient was last seen ({@link PracticeActivities#lastVisit}).
 *
 * @param patientRef the patient
 * @param lastVisit the date of the last kept visit, or null when the patient was never seen
 * @param providerRef who saw the patient then, or null
 * @param specialty that provider's specialty (lower-case code), or null
 */
public record VisitHistory(
    String patientRef, LocalDate lastVisit, String providerRef, String specialty) {}
