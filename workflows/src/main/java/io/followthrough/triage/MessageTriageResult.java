package io.followthrough.triage;

/**
 * How a triaged message ended (codes and refs only).
 *
 * @param urgency the urgency acted on
 * @param disposition {@code answered}, {@code answered-by-staff}, {@code refill-handoff}, {@code
 *     closed-by-staff}
 * @param answeredBy who answered the patient (staff id), or null
 * @param refillWorkflowId the refill outcome handed the message, or null
 */
public record MessageTriageResult(
    MessageUrgency urgency, String disposition, String answeredBy, String refillWorkflowId) {}
