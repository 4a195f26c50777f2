package io.followthrough.readiness;

/**
 * How an intake-readiness outcome starts: an appointment was booked.
 *
 * @param appointmentId the booked appointment
 * @param patientRef its patient (a ref, no PHI)
 * @param source who started it, e.g. {@code practice-event}, {@code demo}, {@code api}
 * @param site the site or clinic code; null for the default
 */
public record ReadinessInput(String appointmentId, String patientRef, String source, String site) {}
