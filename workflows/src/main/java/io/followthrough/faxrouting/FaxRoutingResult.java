package io.followthrough.faxrouting;

/**
 * How a fax routing ended (codes and refs only, no PHI).
 *
 * @param status {@code filed} (no acknowledgement needed), {@code acknowledged} (a result the
 *     provider acknowledged), {@code closed-by-staff} (a supervisor closed an unacknowledged
 *     result) or {@code discarded} (a coordinator discarded the document)
 * @param documentType the type it was filed as
 * @param filingId the chart filing, or null when discarded
 * @param queue the work queue it went to, or null when discarded
 * @param acknowledgedBy who acknowledged the result, or null
 */
public record FaxRoutingResult(
    String status, String documentType, String filingId, String queue, String acknowledgedBy) {}
