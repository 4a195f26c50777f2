package io.followthrough.activities.store.analytics;

import java.time.Instant;

/**
 * Narrows analytics to some outcomes. Null fields do not filter. The date range applies to when
 * outcomes started: {@code from} inclusive, {@code to} exclusive. {@code site} matches the site
 * code the outcome's workflow reported (outcomes that reported none match no site).
 */
public record AnalyticsFilter(
    String outcomeType, String owner, Instant from, Instant to, String site) {

  /** No filtering: every outcome. */
  public static AnalyticsFilter all() {
    return new AnalyticsFilter(null, null, null, null, null);
  }

  public AnalyticsFilter withOutcomeType(String value) {
    return new AnalyticsFilter(value, owner, from, to, site);
  }

  public AnalyticsFilter withOwner(String value) {
    return new AnalyticsFilter(outcomeType, value, from, to, site);
  }

  public AnalyticsFilter withSite(String value) {
    return new AnalyticsFilter(outcomeType, owner, from, to, value);
  }

  public AnalyticsFilter startedBetween(Instant fromInclusive, Instant toExclusive) {
    return new AnalyticsFilter(outcomeType, owner, fromInclusive, toExclusive, site);
  }
}
