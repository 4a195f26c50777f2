package io.followthrough.activities.store.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.followthrough.activities.store.OpsStore;
import io.followthrough.activities.store.TableDump;
import io.followthrough.activities.store.TestStore;
import io.followthrough.ledger.LedgerEvent;
import io.followthrough.ledger.LedgerEventType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Time to next step read by rank from the duration buckets (migration V13) equals {@code
 * percentile_cont} over every stay, on both stores, for crafted durations: one stay, two stays, all
 * durations equal, durations on every bucket bound up to 2^40 ms, stages of 1 to 40 stays (where
 * p·(n−1) is or is not an integer, e.g. 0.9·10), stays spread over days, sites and owners, under
 * type, site, owner and whole / partial / one-day / empty date filters; then again after {@code
 * rebuildFromLedger} and a replay, which leave the bucket rows unchanged.
 */
class TimeToNextStepRanksTest {

  private static final Instant NOW = Instant.parse("2026-03-10T13:17:23.456Z");
  private static final Instant START = Instant.parse("2026-03-05T21:40:10.250Z");

  @Test
  void ranksAnswerAsPercentileContOnPostgres() {
    check(() -> TestStore.postgres(Clock.fixed(NOW, ZoneOffset.UTC)));
  }

  @Test
  void ranksAnswerAsPercentileContOnH2() {
    check(() -> TestStore.h2(Clock.fixed(NOW, ZoneOffset.UTC)));
  }

  private static void check(Supplier<TestStore> open) {
    List<LedgerEvent> events = history();
    try (TestStore test = open.get()) {
      OpsStore store = test.store();
      for (int i = 0; i < events.size(); i += 50) {
        store.ledger().recordAll(events.subList(i, Math.min(events.size(), i + 50)));
      }
      compare(store);
      List<String> buckets = TableDump.rows(store.dataSource(), "stage_duration_day");
      assertFalse(buckets.isEmpty());
      store.rebuilder().rebuildFromLedger();
      assertEquals(buckets, TableDump.rows(store.dataSource(), "stage_duration_day"));
      assertEquals(0, store.rebuilder().rebuild(events), "a replay stores nothing");
      assertEquals(buckets, TableDump.rows(store.dataSource(), "stage_duration_day"));
      compare(store);
    }
  }

  /** One outcome per duration: a stay in {@code stage}, closed {@code ms} later. */
  private static List<LedgerEvent> history() {
    List<Long> bounds = new ArrayList<>();
    for (int e = 1; e <= 40; e++) {
      long p = 1L << e;
      for (long v : new long[] {p - 1, p, p + 1, 3 * (p / 2) - 1, 3 * (p / 2)}) {
        if (v >= 0) {
          bounds.add(v);
        }
      }
    }
    bounds.add(0L);
    List<Object[]> stays = new ArrayList<>();
    stays.add(new Object[] {"one", List.of(5_000L)});
    stays.add(new Object[] {"two", List.of(6L, 8L)});
    stays.add(new Object[] {"two-same-bucket", List.of(8L, 11L)});
    stays.add(new Object[] {"equal", Collections.nCopies(7, 1_000L)});
    stays.add(new Object[] {"bounds", bounds});
    Random random = new Random(11);
    for (int n = 1; n <= 40; n++) {
      List<Long> values = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        values.add(
            switch (n % 3) {
              case 0 -> 60_000L + random.nextInt(1_000); // one or two buckets
              case 1 -> (long) Math.exp(random.nextDouble() * 20); // spread
              default -> 4_096L * (1 + random.nextInt(4)); // ties on bounds
            });
      }
      stays.add(new Object[] {"n" + n, values});
    }
    List<LedgerEvent> events = new ArrayList<>();
    String[] sites = {"north", "south", null};
    int k = 0;
    for (Object[] group : stays) {
      @SuppressWarnings("unchecked")
      List<Long> values = (List<Long>) group[1];
      for (long ms : values) {
        // Starts spread over four days and a few hours, so date filters cut groups.
        Instant start = START.plus(Duration.ofMinutes(37L * k + (k % 5) * 311));
        String id = "t/" + group[0] + "-" + k;
        String type = k % 4 == 0 ? "other" : "timed";
        String site = sites[k % 3];
        String owner = k % 2 == 0 ? "staff-1" : "staff-2";
        events.add(event(id, type, 0, start, owner, site, LedgerEventType.STAGE_CHANGED, group));
        events.add(
            event(id, type, 1, start.plusMillis(ms), null, site, LedgerEventType.COMPLETED, null));
        k++;
      }
    }
    Collections.shuffle(events, new Random(3));
    return events;
  }

  private static LedgerEvent event(
      String id,
      String type,
      int sequence,
      Instant at,
      String owner,
      String site,
      LedgerEventType eventType,
      Object[] group) {
    LedgerEvent.Builder b =
        LedgerEvent.newBuilder()
            .outcome(id, "run-1", type)
            .type(eventType)
            .sequence(sequence)
            .workflowTime(at)
            .owner(owner)
            .site(site);
    if (group != null) {
      b.stage((String) group[0]);
    }
    return b.build();
  }

  private static void compare(OpsStore store) {
    Instant midnight = Instant.parse("2026-03-07T00:00:00Z");
    AnalyticsFilter all = AnalyticsFilter.all();
    List<AnalyticsFilter> filters = new ArrayList<>();
    filters.add(all);
    filters.add(all.withOutcomeType("timed"));
    filters.add(all.withOutcomeType("none"));
    filters.add(all.withSite("north"));
    filters.add(all.withSite(""));
    filters.add(all.withOwner("staff-1"));
    filters.add(all.withOutcomeType("timed").withSite("south"));
    filters.add(all.startedBetween(midnight, midnight.plus(Duration.ofDays(2))));
    filters.add(all.startedBetween(midnight.minusSeconds(1), midnight.plus(Duration.ofDays(1))));
    filters.add(all.startedBetween(START.plusSeconds(7_000), NOW));
    filters.add(all.startedBetween(midnight.plusSeconds(3_600), midnight.plusSeconds(30_000)));
    filters.add(all.startedBetween(null, midnight.plusMillis(1)));
    filters.add(all.startedBetween(midnight.plusSeconds(1), null));
    filters.add(all.startedBetween(midnight, midnight));
    filters.add(
        all.withOutcomeType("timed")
            .withSite("north")
            .startedBetween(START.plus(Duration.ofHours(20)), START.plus(Duration.ofHours(70))));
    for (AnalyticsFilter filter : filters) {
      List<StageLatency> expected = latencyOverStays(store, filter);
      assertEquals(expected, store.analytics().timeToNextStep(filter), filter.toString());
    }
    assertFalse(latencyOverStays(store, all).isEmpty());
  }

  /** Time to next step as {@code percentile_cont} over every finished stay. */
  static List<StageLatency> latencyOverStays(OpsStore store, AnalyticsFilter filter) {
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
    try (Connection connection = store.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(q.sql())) {
      q.bind(statement);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          out.add(
              new StageLatency(
                  rows.getString(1),
                  rows.getString(2),
                  rows.getLong(3),
                  rows.getDouble(4),
                  rows.getDouble(5)));
        }
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return out;
  }
}
