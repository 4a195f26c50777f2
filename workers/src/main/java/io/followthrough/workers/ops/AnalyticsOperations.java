package io.followthrough.workers.ops;

import io.followthrough.activities.store.access.Action;
import io.followthrough.activities.store.access.Actor;
import io.followthrough.activities.store.access.Permissions;
import io.followthrough.activities.store.analytics.AnalyticsFilter;
import io.followthrough.activities.store.analytics.CompletionRate;
import io.followthrough.activities.store.analytics.FallOut;
import io.followthrough.activities.store.analytics.OpsAnalytics;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Leaders' questions over the ops store: funnel, fall-out, time to next step, escalations,
 * completion and open outcomes by age. Aggregates only (no record is read), so not audited; the
 * permission is checked.
 */
public final class AnalyticsOperations {

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:/-]{0,63}");

  private final OpsAuditor auditor;

  public AnalyticsOperations(OpsAuditor auditor) {
    this.auditor = auditor;
  }

  public AnalyticsReport report(Actor actor, AnalyticsQuery query) {
    Permissions.check(actor.role(), Action.VIEW_ANALYTICS);
    AnalyticsFilter filter =
        AnalyticsFilter.all()
            .withOutcomeType(code("outcomeType", query.outcomeType()))
            .withOwner(code("owner", query.owner()))
            .withSite(code("site", query.site()))
            .startedBetween(time("from", query.from(), false), time("to", query.to(), true));
    String fromStage =
        orDefault(code("fallOutFrom", query.fallOutFrom()), AnalyticsQuery.DEFAULT_FALL_OUT_FROM);
    String toStage =
        orDefault(code("fallOutTo", query.fallOutTo()), AnalyticsQuery.DEFAULT_FALL_OUT_TO);
    OpsAnalytics analytics = auditor.store().analytics();
    FallOut fallOut = analytics.fallOut(filter, fromStage, toStage);
    CompletionRate completion = analytics.completion(filter);
    return new AnalyticsReport(
        analytics.funnel(filter),
        new AnalyticsReport.FallOutRate(
            fallOut.fromStage(),
            fallOut.toStage(),
            fallOut.reachedFrom(),
            fallOut.reachedTo(),
            fallOut.fellOut(),
            fallOut.inProgress(),
            fallOut.fallOutRate()),
        analytics.timeToNextStep(filter).stream()
            .map(
                l ->
                    new AnalyticsReport.Latency(
                        l.outcomeType(),
                        l.stage(),
                        l.p50Ms() / 1000.0,
                        l.p90Ms() / 1000.0,
                        l.stays()))
            .toList(),
        analytics.escalations(filter).stream()
            .map(e -> new AnalyticsReport.Escalation(e.reasonCode(), e.rung(), e.escalations()))
            .toList(),
        new AnalyticsReport.Completion(
            completion.total(),
            completion.completed(),
            completion.failed(),
            completion.open(),
            completion.rate()),
        analytics.openByAge(filter));
  }

  private static String code(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (!CODE.matcher(value).matches()) {
      throw OperationException.badRequest(name + " must be a code without spaces");
    }
    return value;
  }

  private static String orDefault(String value, String fallback) {
    return value == null ? fallback : value;
  }

  /**
   * An instant, or a day (midnight UTC; for the end of a range the next midnight, so the day is
   * included).
   */
  static Instant time(String name, String value, boolean endOfRange) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      if (value.length() == 10) {
        LocalDate day = LocalDate.parse(value);
        return (endOfRange ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw OperationException.badRequest(
          name + " must be an ISO-8601 day (2026-03-02) or instant (2026-03-02T09:00:00Z)");
    }
  }
}
