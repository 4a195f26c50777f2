package io.followthrough.triage;

/**
 * One page to a clinician. Refs and codes only: the pager shows the patient's ref and the urgency,
 * the clinician looks the patient up.
 *
 * @param onCallRef who is paged, e.g. {@code prov-oncall-1}
 * @param urgency {@code emergency} or {@code urgent}
 * @param patientRef the patient to call back
 * @param reasonCode the classification's reason code
 * @param idempotencyKey required; the same key pages once
 */
public record PageRequest(
    String onCallRef,
    String urgency,
    String patientRef,
    String reasonCode,
    String idempotencyKey) {}
