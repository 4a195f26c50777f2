package io.followthrough.priorauth;

/**
 * What the scheduler is told when a prior authorization ends (refs and codes only).
 *
 * @param workflowId the outcome
 * @param orderKey the order or visit
 * @param appointmentId the appointment, or null
 * @param result {@code approved}, {@code not-required} or {@code not-authorized}
 * @param authNumber the authorization number when approved
 * @param reasonCode how it ended (the outcome's disposition)
 */
public record SchedulingNotice(
    String workflowId,
    String orderKey,
    String appointmentId,
    String result,
    String authNumber,
    String reasonCode) {}
