package io.followthrough.practice;

import java.time.Instant;

/**
 * A patient waiting for an earlier or any slot in a specialty.
 *
 * @param entryId e.g. {@code wait-0003}
 * @param patientRef the patient
 * @param specialty lower-case specialty code
 * @param urgency how soon they must be seen
 * @param addedAt when they joined (orders the list)
 */
public record WaitlistEntry(
    String entryId, String patientRef, String specialty, Urgency urgency, Instant addedAt) {}
