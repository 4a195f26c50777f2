package io.followthrough.drafting;

import io.followthrough.practice.Urgency;

/**
 * How urgent a referral is.
 *
 * @param urgency the decision
 * @param reasonCode why, as a code (e.g. {@code marked-urgent}, {@code red-flag-diagnosis}, {@code
 *     routine-default})
 * @param confidence 0..1
 * @param provenance which model decided
 */
public record TriageDecision(
    Urgency urgency, String reasonCode, double confidence, AiProvenance provenance) {}
