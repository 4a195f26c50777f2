package io.followthrough.readiness;

import io.followthrough.practice.AppointmentStatus;
import java.time.Instant;
import java.util.List;

/**
 * What the practice system has on file for an appointment (refs and codes only).
 *
 * @param appointmentId the appointment
 * @param patientRef its patient
 * @param specialty lower-case specialty of its slot
 * @param start when the visit starts
 * @param status the appointment's current status
 * @param onFile item codes on file ({@link ReadinessItems#ON_FILE}), in that order
 */
public record ReadinessRecord(
    String appointmentId,
    String patientRef,
    String specialty,
    Instant start,
    AppointmentStatus status,
    List<String> onFile) {

  public ReadinessRecord {
    onFile = onFile == null ? List.of() : List.copyOf(onFile);
  }
}
