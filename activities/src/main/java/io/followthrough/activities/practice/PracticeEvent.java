package io.followthrough.activities.practice;

import java.time.Instant;

/**
 * A change in the practice system that outcome workflows may wait for (references only).
 *
 * @param type what happened
 * @param appointmentId the appointment
 * @param patientRef its patient
 * @param slotId its slot (freed again after a cancellation)
 * @param reasonCode why, for cancellations (e.g. {@code patient-request}) and bookings ({@code
 *     self-scheduled}, {@code staff}); else null
 * @param at when, by the practice system's clock
 * @param workflowId the outcome workflow the appointment belongs to (from the booking's idempotency
 *     key, {@code <workflowId>:<stage>:<step>}), or null for a booking made outside any workflow
 */
public record PracticeEvent(
    PracticeEventType type,
    String appointmentId,
    String patientRef,
    String slotId,
    String reasonCode,
    Instant at,
    String workflowId) {}
