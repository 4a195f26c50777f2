package io.followthrough.referral;

import io.followthrough.documents.DocumentFacts;

/**
 * How a referral outcome starts.
 *
 * @param documentId the referral document (SHA-256 of its bytes)
 * @param source where it came from, e.g. {@code fax-webhook}, {@code inbox}, {@code api}
 * @param facts what intake already read from it, taken as a referral (the caller routed it); null
 *     to have the workflow read the document and check its type
 * @param site the receiving site or clinic code; null for the default
 * @param carried the previous run's state when the workflow continued as new; null on a first run
 */
public record ReferralInput(
    String documentId, String source, DocumentFacts facts, String site, ReferralCarry carried) {

  /** A first run. */
  public ReferralInput(String documentId, String source, DocumentFacts facts, String site) {
    this(documentId, source, facts, site, null);
  }

  /** {@link DocumentFacts} and the carried state hold PHI; only refs here. */
  @Override
  public String toString() {
    return "ReferralInput[documentId=%s, source=%s, site=%s, carried=%s]"
        .formatted(documentId, source, site, carried != null);
  }
}
