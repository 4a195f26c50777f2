package io.followthrough.workers.ops;

/**
 * What the analytics page asks: filters (null for none) and the two stages of the fall-out
 * question. Dates are ISO-8601 instants ({@code 2026-03-02T00:00:00Z}) or days ({@code 2026-03-02},
 * midnight UTC); the range is on outcome start, {@code from} inclusive, {@code to} exclusive (a
 * day-only {@code to} includes that day).
 *
 * @param outcomeType e.g. {@code referral}
 * @param site site code the outcome's workflow reported ({@code Outcome.site}); outcomes that
 *     reported none match no site
 * @param owner role or staff id owning the outcome
 * @param from start of the range
 * @param to end of the range
 * @param fallOutFrom stage the fall-out starts from (default {@code received})
 * @param fallOutTo stage it should reach (default {@code scheduled})
 */
public record AnalyticsQuery(
    String outcomeType,
    String site,
    String owner,
    String from,
    String to,
    String fallOutFrom,
    String fallOutTo) {

  /** Default fall-out question: referrals received that never got scheduled. */
  public static final String DEFAULT_FALL_OUT_FROM = "received";

  public static final String DEFAULT_FALL_OUT_TO = "scheduled";

  /** No filter, default fall-out stages. */
  public static AnalyticsQuery all() {
    return new AnalyticsQuery(null, null, null, null, null, null, null);
  }
}
