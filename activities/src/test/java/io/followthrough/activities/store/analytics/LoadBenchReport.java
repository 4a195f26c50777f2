package io.followthrough.activities.store.analytics;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Prints {@link AnalyticsLoadBenchTest}'s figures: idle and under load side by side. */
record LoadBenchReport(
    int history,
    long seededEvents,
    double seedSeconds,
    int liveEvents,
    double loadSeconds,
    int writers,
    int readers,
    LatencyStats record,
    Map<String, LatencyStats> idle,
    Map<String, LatencyStats> loaded) {

  static Map<String, LatencyStats> newStats(Collection<String> names) {
    Map<String, LatencyStats> stats = new LinkedHashMap<>();
    names.forEach(n -> stats.put(n, new LatencyStats()));
    return stats;
  }

  void print() {
    StringBuilder out = new StringBuilder();
    out.append(String.format("%n=== analytics under load: PostgreSQL ===%n"));
    out.append(
        String.format(
            "history: %,d outcomes, %,d events seeded in %.1f s%n",
            history, seededEvents, seedSeconds));
    out.append(
        String.format(
            "load: %,d events in %.1f s = %,.0f events/min from %d writers (target %,d/min),"
                + " %d console readers%n",
            liveEvents,
            loadSeconds,
            liveEvents / loadSeconds * 60,
            writers,
            AnalyticsLoadBenchTest.EVENTS_PER_MINUTE,
            readers));
    out.append(
        String.format(
            "record(): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
            record.percentile(50), record.percentile(95), record.percentile(99)));
    out.append(
        String.format(
            "%-30s %26s %26s %6s %6s%n",
            "query (ms)",
            "idle p50 / p95 / p99",
            "under load p50 / p95 / p99",
            "n idle",
            "n load"));
    double worst = 0;
    String worstName = "";
    for (String name : idle.keySet()) {
      LatencyStats i = idle.get(name);
      LatencyStats l = loaded.get(name);
      if (l.percentile(95) > worst) {
        worst = l.percentile(95);
        worstName = name;
      }
      out.append(
          String.format(
              "%-30s %8.1f / %6.1f / %6.1f %8.1f / %6.1f / %6.1f %6d %6d%n",
              name,
              i.percentile(50),
              i.percentile(95),
              i.percentile(99),
              l.percentile(50),
              l.percentile(95),
              l.percentile(99),
              i.count(),
              l.count()));
    }
    out.append(
        String.format(
            "worst p95 under load: %.1f ms (%s); target < 300 ms: %s%n",
            worst, worstName, worst < 300 ? "met" : "NOT met"));
    System.out.print(out);
  }
}
