package io.followthrough.recovery;

/**
 * How a cancellation recovery ended (refs and codes only).
 *
 * @param appointmentId the cancelled appointment
 * @param slot what became of the freed slot: {@code refilled}, {@code taken-elsewhere}, {@code
 *     unfilled}, {@code no-candidates}, {@code too-late}
 * @param refillAppointmentId the waitlist booking of the slot, or null
 * @param offersSent slot offers sent to waitlisted patients
 * @param patient what became of the cancelling patient: {@code rebooked}, {@code declined}, {@code
 *     unreachable}, {@code closed-by-staff}, {@code not-chased}, {@code owned-by-other-outcome}
 * @param rebookedAppointmentId the patient's new appointment, or null
 * @param declineReason the patient's reason code when declined, else null
 */
public record CancellationRecoveryResult(
    String appointmentId,
    String slot,
    String refillAppointmentId,
    int offersSent,
    String patient,
    String rebookedAppointmentId,
    String declineReason) {

  /** Whether the freed slot was refilled from the waitlist. */
  public boolean slotRecovered() {
    return "refilled".equals(slot);
  }

  /** Whether the cancelling patient was rebooked. */
  public boolean patientRebooked() {
    return "rebooked".equals(patient);
  }
}
