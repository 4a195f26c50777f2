package io.followthrough.triage;

import io.followthrough.drafting.AiProvenance;

/**
 * How urgent a patient's message is, and whether it asks for a refill. Codes only, no PHI.
 *
 * @param urgency emergency, urgent or routine
 * @param refill whether the message asks for a medication refill
 * @param language the message's language tag ({@code en}, {@code es})
 * @param reasonCode why, e.g. {@code rule:chest-pain}, {@code example:fever}, {@code default}
 * @param confidence 0..1
 * @param provenance which model decided
 */
public record TriageClassification(
    MessageUrgency urgency,
    boolean refill,
    String language,
    String reasonCode,
    double confidence,
    AiProvenance provenance) {}
