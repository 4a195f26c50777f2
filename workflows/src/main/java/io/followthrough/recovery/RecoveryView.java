package io.followthrough.recovery;

import java.util.List;
import java.util.Map;

/**
 * Where a cancellation recovery stands (refs, codes and counts; no PHI).
 *
 * @param appointmentId the cancelled appointment
 * @param slotId the freed slot
 * @param slot the slot's resolution (see {@link CancellationRecoveryResult#slot()}), null while
 *     open
 * @param wave the current offer wave (0 before the first)
 * @param offers waitlisted patient ref → offer status ({@code offered}, {@code accepted}, {@code
 *     booked}, {@code declined}, {@code told-taken}), in offer order
 * @param acceptances acceptances received, in arrival order (every one is answered)
 * @param refillAppointmentId the waitlist booking, or null
 * @param patient the cancelling patient's resolution, null while open
 * @param rebookedAppointmentId the patient's new appointment, or null
 * @param declineReason the patient's reason code when declined
 * @param messagesSent keys of every accepted message, in order
 */
public record RecoveryView(
    String appointmentId,
    String slotId,
    String slot,
    int wave,
    Map<String, String> offers,
    List<String> acceptances,
    String refillAppointmentId,
    String patient,
    String rebookedAppointmentId,
    String declineReason,
    List<String> messagesSent) {}
