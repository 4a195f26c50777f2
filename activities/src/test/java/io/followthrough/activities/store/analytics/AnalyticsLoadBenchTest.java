package io.followthrough.activities.store.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.followthrough.activities.store.OpsStore;
import io.followthrough.activities.store.TestStore;
import io.followthrough.activities.store.ledger.HistorySeeder;
import io.followthrough.ledger.LedgerEvent;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The console's analytics on PostgreSQL with a realistic history (50,000 outcomes over 90 days,
 * about 10 events each) while concurrent writers project 10,000 new ledger events a minute, one
 * {@code record} call per event as the activity does. Prints p50/p95/p99 of every query (with and
 * without filters) idle and under load side by side, and the achieved event rate. Target: p95 under
 * 300 ms. Knobs: {@code -Dbench.history=50000 -Dbench.seconds=60 -Dbench.writers=6
 * -Dbench.readers=2}.
 */
@Tag("bench")
class AnalyticsLoadBenchTest {

  static final int EVENTS_PER_MINUTE = 10_000;

  @Test
  void analyticsUnderTenThousandEventsAMinute() throws Exception {
    int history = Integer.getInteger("bench.history", 50_000);
    int seconds = Integer.getInteger("bench.seconds", 60);
    int writers = Integer.getInteger("bench.writers", 6);
    int readers = Integer.getInteger("bench.readers", 2);
    int idleRounds = Integer.getInteger("bench.idle-rounds", 15);
    Instant now = Instant.now();
    try (TestStore test = TestStore.postgres(Clock.systemUTC(), writers + readers + 2)) {
      OpsStore store = test.store();
      OutcomeHistory generator = new OutcomeHistory(42, now);

      long seedStart = System.nanoTime();
      long seeded = HistorySeeder.seed(store, generator.outcomes("h", history, 90), 1_000);
      analyze(store);
      double seedSeconds = (System.nanoTime() - seedStart) / 1e9;

      Map<String, Consumer<OpsAnalytics>> queries = queries(now);
      Map<String, LatencyStats> idle = LoadBenchReport.newStats(queries.keySet());
      for (int i = 0; i < idleRounds; i++) {
        runAll(store.analytics(), queries, idle);
      }

      // Live outcomes: each writer owns whole outcomes and records their events in order.
      int total = EVENTS_PER_MINUTE * seconds / 60;
      List<List<LedgerEvent>> perWriter = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        perWriter.add(new ArrayList<>());
      }
      int made = 0;
      for (int n = 0; made < total; n++) {
        List<LedgerEvent> outcome =
            generator.outcome("live-" + n, now.minus(Duration.ofHours(2)), 120);
        List<LedgerEvent> events = outcome.subList(0, Math.min(outcome.size(), total - made));
        perWriter.get(n % writers).addAll(events);
        made += events.size();
      }

      Map<String, LatencyStats> loaded = LoadBenchReport.newStats(queries.keySet());
      LatencyStats record = new LatencyStats();
      AtomicBoolean producing = new AtomicBoolean(true);
      ExecutorService pool = Executors.newFixedThreadPool(writers + readers);
      long intervalNanos = Duration.ofSeconds(seconds).toNanos() * writers / total;
      long start = System.nanoTime();
      List<Future<?>> producers = new ArrayList<>();
      for (List<LedgerEvent> mine : perWriter) {
        producers.add(
            pool.submit(
                () -> {
                  long due = System.nanoTime();
                  for (LedgerEvent event : mine) {
                    due += intervalNanos;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                      LockSupport.parkNanos(wait);
                    }
                    long t = System.nanoTime();
                    store.ledger().record(event);
                    record.add(System.nanoTime() - t);
                  }
                }));
      }
      List<Future<?>> consoles = new ArrayList<>();
      for (int r = 0; r < readers; r++) {
        consoles.add(
            pool.submit(
                () -> {
                  while (producing.get()) {
                    runAll(store.analytics(), queries, loaded);
                  }
                }));
      }
      for (Future<?> f : producers) {
        f.get();
      }
      double loadSeconds = (System.nanoTime() - start) / 1e9;
      producing.set(false);
      for (Future<?> f : consoles) {
        f.get();
      }
      pool.shutdown();

      long events = count(store, "ledger_event");
      assertEquals(seeded + total, events, "every live event stored once");
      new LoadBenchReport(
              history,
              seeded,
              seedSeconds,
              total,
              loadSeconds,
              writers,
              readers,
              record,
              idle,
              loaded)
          .print();
    }
  }

  /** The console's questions, unfiltered and with the filters it offers. */
  static Map<String, Consumer<OpsAnalytics>> queries(Instant now) {
    AnalyticsFilter all = AnalyticsFilter.all();
    AnalyticsFilter referrals = all.withOutcomeType("referral");
    AnalyticsFilter last30 = all.startedBetween(now.minus(Duration.ofDays(30)), now);
    AnalyticsFilter referrals7 =
        referrals.startedBetween(now.minus(Duration.ofDays(7)), now.plusSeconds(3_600));
    AnalyticsFilter owner = all.withOwner("staff-3");
    Map<String, Consumer<OpsAnalytics>> q = new LinkedHashMap<>();
    q.put("funnel (all)", a -> a.funnel(all));
    q.put("funnel (referral, 30 d)", a -> a.funnel(referrals.startedBetween(last30.from(), now)));
    q.put("fall-out intake→schedule", a -> a.fallOut(referrals, "intake", "schedule"));
    q.put("fall-out (referral, 7 d)", a -> a.fallOut(referrals7, "intake", "schedule"));
    q.put("time to next step (all)", a -> a.timeToNextStep(all));
    q.put("time to next step (30 d)", a -> a.timeToNextStep(last30));
    q.put("escalations (all)", a -> a.escalations(all));
    q.put("escalations (referral, 7 d)", a -> a.escalations(referrals7));
    q.put("completion (all)", a -> a.completion(all));
    q.put("completion (owner)", a -> a.completion(owner));
    q.put("open by age (all)", a -> a.openByAge(all));
    q.put("open by age (referral)", a -> a.openByAge(referrals));
    return q;
  }

  static void runAll(
      OpsAnalytics analytics,
      Map<String, Consumer<OpsAnalytics>> queries,
      Map<String, LatencyStats> stats) {
    queries.forEach(
        (name, query) -> {
          long t = System.nanoTime();
          query.accept(analytics);
          stats.get(name).add(System.nanoTime() - t);
        });
  }

  /**
   * Planner statistics and the visibility map after a bulk load, as autovacuum keeps them in
   * production (index-only scans need the visibility map).
   */
  private static void analyze(OpsStore store) throws Exception {
    try (Connection c = store.dataSource().getConnection();
        Statement s = c.createStatement()) {
      c.setAutoCommit(true);
      s.execute("VACUUM ANALYZE");
    }
  }

  private static long count(OpsStore store, String table) throws Exception {
    try (Connection c = store.dataSource().getConnection();
        Statement s = c.createStatement();
        var rows = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
