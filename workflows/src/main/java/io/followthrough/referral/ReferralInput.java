package io.followthrough.referral;

import io.followthrough.documents.DocumentFacts;

/**
 * How a referral outcome starts.
 *
 * @param documentId the referral document (SHA-256 of its bytes)
 * @param source where it came from, e.g. {@code fax-webhook}, {@code inbox}, {@code api}
 * @param facts what intake already read from it; null to have the workflow read it
 * @param site the receiving site or clinic code; null for the default
 */
public record ReferralInput(String documentId, String source, DocumentFacts facts, String site) {}
