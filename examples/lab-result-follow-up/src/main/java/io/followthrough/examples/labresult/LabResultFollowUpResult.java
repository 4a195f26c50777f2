package io.followthrough.examples.labresult;

/**
 * What {@link LabResultFollowUpWorkflow} returns when the loop is closed.
 *
 * @param resultId the result followed up
 * @param acknowledgedBy staff id of the provider, or of the person who resolved the escalation
 * @param highestEscalationLevel highest rung reached while waiting for the provider (0 = none)
 * @param patientConfirmation how the patient being informed was confirmed: {@code signal}, {@code
 *     poll} or {@code staff}
 */
public record LabResultFollowUpResult(
    String resultId,
    String acknowledgedBy,
    int highestEscalationLevel,
    String patientConfirmation) {}
