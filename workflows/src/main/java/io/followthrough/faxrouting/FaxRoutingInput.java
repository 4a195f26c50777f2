package io.followthrough.faxrouting;

import io.followthrough.documents.DocumentFacts;

/**
 * What starts a {@link FaxRoutingWorkflow}: the document, its type and what intake read from it.
 *
 * @param documentId the document (SHA-256 of its bytes)
 * @param source channel it came through, e.g. {@code fax:<provider>}, {@code upload}
 * @param type the type intake routed it as ({@code lab_result}, {@code medical_records}, ...)
 * @param typeConfirmed true when a person confirmed the type at intake (then the classifier's
 *     confidence no longer matters)
 * @param facts what intake read from the document, or null when it could not be read
 * @param site the site or clinic code; null for the default
 */
public record FaxRoutingInput(
    String documentId,
    String source,
    String type,
    boolean typeConfirmed,
    DocumentFacts facts,
    String site) {

  /** Facts hold PHI: refs and codes only here. */
  @Override
  public String toString() {
    return "FaxRoutingInput[documentId=%s, source=%s, type=%s, typeConfirmed=%s, facts=%s, site=%s]"
        .formatted(documentId, source, type, typeConfirmed, facts != null, site);
  }
}
