package io.followthrough.drafting;

import java.util.Map;

/**
 * A referral to triage. {@link #toString()} hides the facts.
 *
 * @param specialty lower-case specialty code
 * @param facts extracted fields that bear on urgency (e.g. {@code urgency} as marked on the form,
 *     {@code diagnosis_code}, {@code reason}); minimum necessary
 */
public record TriageRequest(String specialty, Map<String, String> facts) {

  public TriageRequest {
    facts = facts == null ? Map.of() : Map.copyOf(facts);
  }

  @Override
  public String toString() {
    return "TriageRequest[specialty=%s, facts=%s]".formatted(specialty, facts.keySet());
  }
}
