package io.followthrough.activities.store.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.followthrough.activities.store.OpsStore;
import io.followthrough.activities.store.TableDump;
import io.followthrough.activities.store.TestStore;
import io.followthrough.ledger.LedgerEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The rollups of migration V12 answer exactly as the stays do: a generated history recorded live
 * (out of order, in batches) on both stores, then the funnel and time to next step compared with
 * the pre-V12 statements over {@code stage_visit} for whole-day, partial-day, open and one-day date
 * ranges, types and owners; the rollup rows equal a recomputation from the stays, also after {@code
 * rebuildFromLedger}.
 */
class AnalyticsRollupTest {

  private static final Instant NOW = Instant.parse("2026-03-10T13:17:23.456Z");

  @Test
  void rollupsAnswerAsTheStaysOnPostgres() {
    check(() -> TestStore.postgres(Clock.fixed(NOW, java.time.ZoneOffset.UTC)));
  }

  @Test
  void rollupsAnswerAsTheStaysOnH2() {
    check(() -> TestStore.h2(Clock.fixed(NOW, java.time.ZoneOffset.UTC)));
  }

  private static void check(Supplier<TestStore> open) {
    List<LedgerEvent> events = new ArrayList<>();
    new OutcomeHistory(7, NOW).outcomes("r", 90, 6).forEach(events::addAll);
    Collections.shuffle(events, new Random(5));
    try (TestStore test = open.get()) {
      OpsStore store = test.store();
      for (int i = 0; i < events.size(); i += 40) {
        store.ledger().recordAll(events.subList(i, Math.min(events.size(), i + 40)));
      }
      compare(store);
      List<String> rollup = TableDump.rows(store.dataSource(), "funnel_day");
      List<String> durations = TableDump.rows(store.dataSource(), "stage_duration");
      assertFalse(rollup.isEmpty());
      assertEquals(recomputed(store, FUNNEL_DAY), recomputed(store, "SELECT * FROM funnel_day"));
      assertEquals(
          recomputed(store, DURATIONS),
          recomputed(
              store,
              "SELECT workflow_id, visit_no, outcome_type, stage, started_at, owner, site,"
                  + " duration_ms FROM stage_duration"));
      List<String> buckets = TableDump.rows(store.dataSource(), "stage_duration_day");
      assertEquals(
          recomputed(store, BUCKETS), recomputed(store, "SELECT * FROM stage_duration_day"));

      store.rebuilder().rebuildFromLedger();
      assertEquals(rollup, TableDump.rows(store.dataSource(), "funnel_day"));
      assertEquals(durations, TableDump.rows(store.dataSource(), "stage_duration"));
      assertEquals(buckets, TableDump.rows(store.dataSource(), "stage_duration_day"));
      assertEquals(0, store.rebuilder().rebuild(events), "a replay stores nothing");
      assertEquals(rollup, TableDump.rows(store.dataSource(), "funnel_day"));
      assertEquals(durations, TableDump.rows(store.dataSource(), "stage_duration"));
    }
  }

  private static void compare(OpsStore store) {
    Instant midnight = Instant.parse("2026-03-08T00:00:00Z");
    List<AnalyticsFilter> filters = new ArrayList<>();
    AnalyticsFilter all = AnalyticsFilter.all();
    filters.add(all);
    filters.add(all.withOutcomeType("referral"));
    filters.add(all.withOwner("staff-3"));
    filters.add(all.withOwner(""));
    filters.add(all.startedBetween(midnight.minus(Duration.ofDays(3)), midnight)); // whole days
    filters.add(all.startedBetween(NOW.minus(Duration.ofDays(4)), NOW)); // partial both ends
    filters.add(all.startedBetween(midnight.plusSeconds(3_600), midnight.plusSeconds(7_200)));
    filters.add(all.startedBetween(NOW.minus(Duration.ofDays(2)), null)); // open end
    filters.add(all.startedBetween(null, midnight.plusMillis(1))); // open start
    filters.add(all.startedBetween(midnight, midnight)); // empty
    filters.add(
        all.withOutcomeType("referral")
            .withOwner("staff-1")
            .startedBetween(NOW.minus(Duration.ofDays(5)), NOW.plusSeconds(60)));
    for (AnalyticsFilter filter : filters) {
      assertEquals(funnelOverStays(store, filter), store.analytics().funnel(filter), filter + "");
      assertEquals(
          latencyOverStays(store, filter),
          store.analytics().timeToNextStep(filter),
          filter.toString());
    }
  }

  /** The funnel as it was before V12. */
  private static List<FunnelStep> funnelOverStays(OpsStore store, AnalyticsFilter filter) {
    FilterSql q =
        new FilterSql()
            .append(
                "SELECT v.outcome_type, v.stage, COUNT(DISTINCT v.workflow_id) AS n"
                    + " FROM stage_visit v WHERE 1 = 1")
            .where(filter, "v")
            .append(
                " GROUP BY v.outcome_type, v.stage ORDER BY v.outcome_type, AVG(v.visit_no), v.stage");
    List<FunnelStep> out = new ArrayList<>();
    run(
        store,
        q,
        rows -> out.add(new FunnelStep(rows.getString(1), rows.getString(2), rows.getLong(3))));
    return out;
  }

  /** Time to next step as it was before V12. */
  private static List<StageLatency> latencyOverStays(OpsStore store, AnalyticsFilter filter) {
    FilterSql q =
        new FilterSql()
            .append(
                "SELECT v.outcome_type, v.stage, COUNT(*),"
                    + " percentile_cont(0.5) WITHIN GROUP (ORDER BY v.duration_ms),"
                    + " percentile_cont(0.9) WITHIN GROUP (ORDER BY v.duration_ms)"
                    + " FROM stage_visit v WHERE v.duration_ms IS NOT NULL")
            .where(filter, "v")
            .append(" GROUP BY v.outcome_type, v.stage ORDER BY v.outcome_type, v.stage");
    List<StageLatency> out = new ArrayList<>();
    run(
        store,
        q,
        rows ->
            out.add(
                new StageLatency(
                    rows.getString(1),
                    rows.getString(2),
                    rows.getLong(3),
                    rows.getDouble(4),
                    rows.getDouble(5))));
    return out;
  }

  private static final String FUNNEL_DAY =
      "SELECT CAST(started_at AT TIME ZONE 'UTC' AS DATE), outcome_type, stage,"
          + " COALESCE(owner, ''), COALESCE(site, ''), COUNT(DISTINCT workflow_id), COUNT(*),"
          + " SUM(visit_no) FROM stage_visit GROUP BY CAST(started_at AT TIME ZONE 'UTC' AS DATE),"
          + " outcome_type, stage, COALESCE(owner, ''), COALESCE(site, '')";

  private static final String DURATIONS =
      "SELECT workflow_id, visit_no, outcome_type, stage, started_at, owner, site, duration_ms"
          + " FROM stage_visit WHERE duration_ms IS NOT NULL";

  /** Every row of a query as text (numbers as longs), sorted. */
  private static List<String> recomputed(OpsStore store, String sql) {
    List<String> out = new ArrayList<>();
    run(
        store,
        new FilterSql().append(sql),
        rows -> {
          StringBuilder row = new StringBuilder();
          for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
            Object value = rows.getObject(i);
            if (value instanceof Number n) {
              value = n.longValue();
            } else if (value instanceof java.time.OffsetDateTime t) {
              value = t.toInstant();
            } else if (value instanceof java.sql.Timestamp t) {
              value = t.toInstant();
            } else if (value instanceof java.sql.Date d) {
              value = d.toLocalDate();
            }
            row.append(value).append('|');
          }
          out.add(row.toString());
        });
    out.sort(null);
    return out;
  }

  @FunctionalInterface
  private interface RowHandler {
    void handle(ResultSet rows) throws Exception;
  }

  private static void run(OpsStore store, FilterSql q, RowHandler handler) {
    try (Connection connection = store.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(q.sql())) {
      q.bind(statement);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          handler.handle(rows);
        }
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** stage_duration_day (V13) recomputed from the stays. */
  private static final String BUCKETS =
      "SELECT CAST(v.started_at AT TIME ZONE 'UTC' AS DATE), v.outcome_type, v.stage,"
          + " COALESCE(v.site, ''), b.bucket, COUNT(*) FROM stage_visit v JOIN duration_bucket b"
          + " ON v.duration_ms >= b.lo AND v.duration_ms <= b.hi"
          + " GROUP BY CAST(v.started_at AT TIME ZONE 'UTC' AS DATE), v.outcome_type, v.stage,"
          + " COALESCE(v.site, ''), b.bucket";
}
