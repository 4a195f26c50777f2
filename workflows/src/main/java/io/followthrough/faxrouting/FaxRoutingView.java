package io.followthrough.faxrouting;

/**
 * Where a fax routing stands (refs and codes only, no PHI): the answer of the {@code routing}
 * query.
 *
 * @param documentId the document
 * @param documentType the type being routed (a coordinator may have corrected it)
 * @param patientRef the patient's chart, once matched
 * @param providerRef the ordering provider of a result, once found
 * @param section the chart section, once chosen
 * @param queue the work queue, once chosen
 * @param filingId the chart filing, once filed
 * @param acknowledgedBy who acknowledged the result, or null
 * @param senderAcknowledgementKey idempotency key of the fax that told the sender, or null
 * @param status the final status once done, else null
 */
public record FaxRoutingView(
    String documentId,
    String documentType,
    String patientRef,
    String providerRef,
    String section,
    String queue,
    String filingId,
    String acknowledgedBy,
    String senderAcknowledgementKey,
    String status) {}
