package io.followthrough.readiness;

import java.util.List;

/**
 * How an intake-readiness outcome ended (codes only, no PHI).
 *
 * @param status {@code ready}, {@code proceed-incomplete}, {@code rescheduled}, {@code
 *     appointment-cancelled}, {@code arrived}, {@code no-show}, {@code proceed-by-staff}, {@code
 *     rescheduled-by-staff}
 * @param appointmentId the appointment
 * @param missing item codes still missing at the end (empty when ready)
 */
public record ReadinessResult(String status, String appointmentId, List<String> missing) {}
