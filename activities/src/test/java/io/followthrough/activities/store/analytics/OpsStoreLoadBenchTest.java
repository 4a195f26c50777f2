package io.followthrough.activities.store.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.followthrough.activities.store.Dialect;
import io.followthrough.activities.store.OpsStore;
import io.followthrough.activities.store.TestStore;
import io.followthrough.activities.store.ledger.OutcomeScript;
import io.followthrough.ledger.LedgerEvent;
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
import java.util.function.Consumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Projects 10,000 ledger events a minute from 4 threads (one {@code record} call per event, as
 * activities do) while the console's analytics queries run in a loop; prints each query's p50/p95
 * under load beside the same queries on the idle store. Target: p95 under 300 ms. {@code
 * -Dbench.seconds=60} sets the load phase length.
 */
@Tag("bench")
class OpsStoreLoadBenchTest {

  static final int PRODUCERS = 4;
  static final int EVENTS_PER_MINUTE = 10_000;
  static final int PRELOAD_OUTCOMES = 2_500;
  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void analyticsStayFastWhileProjecting(Dialect dialect) throws Exception {
    int seconds = Integer.getInteger("bench.seconds", 60);
    try (TestStore test =
        dialect == Dialect.POSTGRESQL
            ? TestStore.postgres(Clock.systemUTC())
            : TestStore.h2(Clock.systemUTC())) {
      OpsStore store = test.store();
      long preloadStart = System.nanoTime();
      List<LedgerEvent> preload = events(0, PRELOAD_OUTCOMES);
      for (int i = 0; i < preload.size(); i += 500) {
        store.ledger().recordAll(preload.subList(i, Math.min(preload.size(), i + 500)));
      }
      double preloadSeconds = (System.nanoTime() - preloadStart) / 1e9;

      Map<String, Consumer<OpsAnalytics>> queries = queries();
      Map<String, LatencyStats> idle = measure(store, queries, 20);

      int total = EVENTS_PER_MINUTE * seconds / 60;
      List<LedgerEvent> live = events(PRELOAD_OUTCOMES, total / 8 + 1).subList(0, total);
      Map<String, LatencyStats> loaded = newStats(queries);
      LatencyStats record = new LatencyStats();
      AtomicBoolean producing = new AtomicBoolean(true);
      ExecutorService pool = Executors.newFixedThreadPool(PRODUCERS + 1);
      long start = System.nanoTime();
      List<Future<?>> producers = new ArrayList<>();
      long intervalNanos = Duration.ofSeconds(seconds).toNanos() * PRODUCERS / total;
      for (int p = 0; p < PRODUCERS; p++) {
        int producer = p;
        producers.add(
            pool.submit(
                () -> {
                  long due = System.nanoTime();
                  // Each producer owns whole outcomes, so per-outcome order matches a workflow's.
                  for (int i = producer * 8; i < live.size(); i += PRODUCERS * 8) {
                    for (int j = i; j < Math.min(i + 8, live.size()); j++) {
                      due += intervalNanos;
                      long wait = due - System.nanoTime();
                      if (wait > 0) {
                        java.util.concurrent.locks.LockSupport.parkNanos(wait);
                      }
                      long t = System.nanoTime();
                      store.ledger().record(live.get(j));
                      record.add(System.nanoTime() - t);
                    }
                  }
                }));
      }
      Future<?> reader =
          pool.submit(
              () -> {
                while (producing.get()) {
                  runAll(store.analytics(), queries, loaded);
                }
              });
      for (Future<?> f : producers) {
        f.get();
      }
      double loadSeconds = (System.nanoTime() - start) / 1e9;
      producing.set(false);
      reader.get();
      pool.shutdown();
      Map<String, LatencyStats> idleAfter = measure(store, queries, 20);

      long stored = store.analytics().completion(AnalyticsFilter.all()).total();
      assertEquals(PRELOAD_OUTCOMES + (total + 7) / 8, stored, "every outcome projected");
      BenchReport.print(
          dialect,
          preload.size(),
          preloadSeconds,
          total,
          loadSeconds,
          record,
          idle,
          loaded,
          idleAfter);
    }
  }

  /** Eight events per outcome: a referral that escalates, waits on a person and closes. */
  static List<LedgerEvent> events(int from, int outcomes) {
    List<LedgerEvent> events = new ArrayList<>();
    for (int i = from; i < from + outcomes; i++) {
      String type = i % 4 == 0 ? "cancellation" : "referral";
      OutcomeScript s =
          OutcomeScript.outcome(type + "/b-" + i, type, T0.plus(Duration.ofMinutes(i % 10_000)))
              .ownedBy("u-" + (i % 7))
              .stage(0, "intake")
              .attempt(1 + i % 5)
              .stage(5 + i % 13, "verify")
              .escalated(30 + i % 17, 1 + i % 3, i % 2 == 0 ? "no-reply" : "busy")
              .taskOpened(50, type + "/b-" + i + "/call", "coordinator", 1 + i % 5)
              .taskResolved(70 + i % 31, type + "/b-" + i + "/call", "coordinator", "reached");
      if (i % 5 == 0) {
        s.attempt(119).failed(120 + i % 11, "declined");
      } else {
        s.stage(110 + i % 41, "schedule").completed(200 + i % 53);
      }
      events.addAll(s.events());
    }
    return events;
  }

  static Map<String, Consumer<OpsAnalytics>> queries() {
    AnalyticsFilter all = AnalyticsFilter.all();
    AnalyticsFilter referrals = all.withOutcomeType("referral");
    Map<String, Consumer<OpsAnalytics>> q = new LinkedHashMap<>();
    q.put("funnel", a -> a.funnel(all));
    q.put("fall-out intake→schedule", a -> a.fallOut(referrals, "intake", "schedule"));
    q.put("time to next step p50/p90", a -> a.timeToNextStep(all));
    q.put("escalations by reason, rung", a -> a.escalations(all));
    q.put("completion rate (owner)", a -> a.completion(all.withOwner("u-3")));
    q.put("open by age", a -> a.openByAge(all));
    return q;
  }

  static Map<String, LatencyStats> newStats(Map<String, ?> queries) {
    Map<String, LatencyStats> stats = new LinkedHashMap<>();
    queries.keySet().forEach(k -> stats.put(k, new LatencyStats()));
    return stats;
  }

  static Map<String, LatencyStats> measure(
      OpsStore store, Map<String, Consumer<OpsAnalytics>> queries, int rounds) {
    Map<String, LatencyStats> stats = newStats(queries);
    for (int i = 0; i < rounds; i++) {
      runAll(store.analytics(), queries, stats);
    }
    return stats;
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
}
