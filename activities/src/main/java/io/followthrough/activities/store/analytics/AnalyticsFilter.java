package io.followthrough.activities.store.analytics;

import java.time.Instant;

/**
 * Narrows analytics to some outcomes. Null fields do not filter. The date range applies to when
 * outcomes started: {@code from} inclusive, {@code to} exclusive.
 */
public record AnalyticsFilter(String outcomeType, String owner, Instant from, Instant to) {

  /** No filtering: every outcome. */
  public static AnalyticsFilter all() {
    return new AnalyticsFilter(null, null, null, null);
  }

  public AnalyticsFilter withOutcomeType(String value) {
    return new AnalyticsFilter(value, owner, from, to);
  }

  public AnalyticsFilter withOwner(String value) {
    return new AnalyticsFilter(outcomeType, value, from, to);
  }

  public AnalyticsFilter startedBetween(Instant fromInclusive, Instant toExclusive) {
    return new AnalyticsFilter(outcomeType, owner, fromInclusive, toExclusive);
  }
}
