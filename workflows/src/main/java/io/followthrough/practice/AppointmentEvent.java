package io.followthrough.practice;

import java.time.Instant;

/**
 * A change to an appointment, as an outcome workflow receives it (signal payload, references only).
 * The practice-system adapter's webhook turns its own events into these.
 *
 * @param type what happened
 * @param appointmentId the appointment
 * @param patientRef its patient
 * @param slotId its slot
 * @param reasonCode why, for cancellations and bookings (e.g. {@code patient-request}, {@code
 *     self-scheduled}, {@code staff}); else null
 * @param at when, by the practice system's clock
 */
public record AppointmentEvent(
    AppointmentEventType type,
    String appointmentId,
    String patientRef,
    String slotId,
    String reasonCode,
    Instant at) {}
