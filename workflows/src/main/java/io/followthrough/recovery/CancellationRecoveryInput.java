package io.followthrough.recovery;

import java.time.Instant;

/**
 * What started a cancellation recovery (refs and codes only).
 *
 * @param appointmentId the cancelled appointment
 * @param patientRef its patient (the one to bring back)
 * @param slotId the freed slot (to refill from the waitlist)
 * @param reasonCode the cancellation's reason code, or null
 * @param cancelledAt when, by the practice system's clock
 * @param ownerWorkflowId a running outcome that already owns the patient (it booked the appointment
 *     and was told of the cancellation), or null: then this outcome does not contact the patient
 * @param site site code for the ledger and the policy, or null
 */
public record CancellationRecoveryInput(
    String appointmentId,
    String patientRef,
    String slotId,
    String reasonCode,
    Instant cancelledAt,
    String ownerWorkflowId,
    String site) {}
