package io.followthrough.readiness;

import java.util.List;

/**
 * Where an intake-readiness outcome stands (the {@code readiness} query): refs, codes and counts.
 *
 * @param appointmentId the appointment
 * @param patientRef its patient
 * @param specialty the visit's specialty
 * @param required items this visit needs
 * @param missing items still missing at the last check
 * @param checks how many times the practice system was checked
 * @param asks patient messages asking for the missing items (accepted sends)
 * @param messagesSent idempotency keys of accepted sends, in order
 * @param escalated whether staff were asked
 * @param blockedChannels channels the patient cannot be reached on (STOP, wrong number)
 * @param status the end status, or null while running
 */
public record ReadinessView(
    String appointmentId,
    String patientRef,
    String specialty,
    List<String> required,
    List<String> missing,
    int checks,
    int asks,
    List<String> messagesSent,
    boolean escalated,
    List<String> blockedChannels,
    String status) {}
