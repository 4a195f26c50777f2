package io.followthrough.activities.drafting.triage;

import java.util.List;

/**
 * One row of {@code triage-policy.txt}.
 *
 * @param kind {@code marked-urgent}, {@code marked-routine}, {@code diagnosis}, {@code reason} or
 *     {@code default}
 * @param specialty the specialty code it applies to, or {@code *} for any
 * @param values the marks, ICD-10 prefixes or phrases it looks for
 * @param reasonCode the code a decision made by this rule carries
 * @param confidence how sure a decision made by this rule is
 */
record TriageRule(
    String kind, String specialty, List<String> values, String reasonCode, double confidence) {

  boolean appliesTo(String specialtyCode) {
    return specialty.equals("*") || specialty.equalsIgnoreCase(specialtyCode);
  }
}
