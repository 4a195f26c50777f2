package io.followthrough.priorauth;

/**
 * A document in an authorization packet, by reference only.
 *
 * @param kind what it is, as a code the payer's requests use, e.g. {@code clinical-notes}, {@code
 *     imaging-report}, {@code referral-letter}, {@code lab-results}
 * @param documentId the document's id in the document store, e.g. {@code doc-0042}
 */
public record PacketDocument(String kind, String documentId) {}
