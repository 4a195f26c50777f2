package io.followthrough.refill;

import io.followthrough.channels.InboundMessage;
import io.followthrough.documents.DocumentFacts;

/**
 * How a refill request starts: from a document (pharmacy fax) or from a message (portal, SMS).
 *
 * @param source where it came from, e.g. {@code fax-intake}, {@code message-triage}, {@code api}
 * @param documentId the faxed request (SHA-256 of its bytes), or null for a message
 * @param facts what intake read from the document, or null (the workflow reads it)
 * @param message the patient's message, or null for a document
 * @param patientRef the patient when the starter already knows them (e.g. the message's sender),
 *     else null
 * @param site the site or clinic code; null for the default
 */
public record RefillInput(
    String source,
    String documentId,
    DocumentFacts facts,
    InboundMessage message,
    String patientRef,
    String site) {

  /** Facts and the message hold PHI: refs only here. */
  @Override
  public String toString() {
    return "RefillInput[source=%s, documentId=%s, message=%s, patientRef=%s, site=%s]"
        .formatted(source, documentId, message != null, patientRef, site);
  }
}
