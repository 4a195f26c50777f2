package io.followthrough.activities.practice;

import java.time.Instant;

/**
 * A change in the practice system that outcome workflows may wait for (references only).
 *
 * @param type what happened
 * @param appointmentId the appointment
 * @param patientRef its patient
 * @param slotId its slot (freed again after a cancellation)
 * @param reasonCode why, for cancellations (e.g. {@code patient-request}); else null
 * @param at when, by the practice system's clock
 */
public record PracticeEvent(
    PracticeEventType type,
    String appointmentId,
    String patientRef,
    String slotId,
    String reasonCode,
    Instant at) {}
