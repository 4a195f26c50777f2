package io.followthrough.practice;

import java.time.Instant;

/**
 * A booked appointment (references only).
 *
 * @param appointmentId e.g. {@code appt-0007}
 * @param patientRef the patient
 * @param slotId the slot it occupies
 * @param providerRef the provider
 * @param start start time
 * @param status current status
 */
public record Appointment(
    String appointmentId,
    String patientRef,
    String slotId,
    String providerRef,
    Instant start,
    AppointmentStatus status) {}
