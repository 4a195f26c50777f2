package io.followthrough.activities.practice;

/**
 * A document filed to a patient's chart in the sandbox (refs and codes only).
 *
 * @param filingId e.g. {@code filing-0001}
 * @param patientRef the chart
 * @param documentId the document (SHA-256 of its bytes)
 * @param section chart section, e.g. {@code results}, {@code records}
 * @param queue work queue, e.g. {@code provider:prov-03}, {@code him}
 * @param workflowId the outcome workflow that filed it (from its idempotency key), or null
 * @param filedAtMillis when it was filed
 * @param acknowledgedBy who acknowledged it (a provider or staff ref), or null
 * @param acknowledgedAtMillis when, or null
 */
public record ChartFiling(
    String filingId,
    String patientRef,
    String documentId,
    String section,
    String queue,
    String workflowId,
    long filedAtMillis,
    String acknowledgedBy,
    Long acknowledgedAtMillis) {

  /** Whether someone acknowledged it. */
  public boolean acknowledged() {
    return acknowledgedBy != null;
  }
}
