package io.followthrough.drafting;

/**
 * What a reply means.
 *
 * @param intent the decision
 * @param reasonCode a code for declines (e.g. {@code went-elsewhere}, {@code cost}, {@code
 *     feels-better}) or null
 * @param confidence 0..1; below the workflow's threshold a person reads the reply
 * @param provenance which model decided
 */
public record ReplyDecision(
    ReplyIntent intent, String reasonCode, double confidence, AiProvenance provenance) {}
