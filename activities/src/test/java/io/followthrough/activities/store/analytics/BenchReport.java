package io.followthrough.activities.store.analytics;

import io.followthrough.activities.store.Dialect;
import java.util.Map;

/** Prints the load benchmark's figures side by side. */
final class BenchReport {

  private BenchReport() {}

  static void print(
      Dialect dialect,
      int preloaded,
      double preloadSeconds,
      int total,
      double loadSeconds,
      LatencyStats record,
      Map<String, LatencyStats> idle,
      Map<String, LatencyStats> loaded,
      Map<String, LatencyStats> idleAfter) {
    StringBuilder out = new StringBuilder();
    out.append(String.format("%n=== ops store load bench: %s ===%n", dialect));
    out.append(
        String.format(
            "preload: %d events in %.1f s (%.0f events/s, batches of 500)%n",
            preloaded, preloadSeconds, preloaded / preloadSeconds));
    out.append(
        String.format(
            "load: %d events in %.1f s = %.0f events/min from %d threads (target %d/min)%n",
            total,
            loadSeconds,
            total / loadSeconds * 60,
            OpsStoreLoadBenchTest.PRODUCERS,
            OpsStoreLoadBenchTest.EVENTS_PER_MINUTE));
    out.append(
        String.format(
            "record(): p50 %.1f ms, p95 %.1f ms%n", record.percentile(50), record.percentile(95)));
    out.append(
        String.format(
            "%-30s %22s %22s %22s %8s%n",
            "query (ms)",
            "idle p50 / p95",
            "under load p50 / p95",
            "idle after p50 / p95",
            "n load"));
    double worst = 0;
    for (String name : idle.keySet()) {
      LatencyStats i = idle.get(name);
      LatencyStats l = loaded.get(name);
      LatencyStats a = idleAfter.get(name);
      worst = Math.max(worst, l.percentile(95));
      out.append(
          String.format(
              "%-30s %10.1f / %9.1f %10.1f / %9.1f %10.1f / %9.1f %8d%n",
              name,
              i.percentile(50),
              i.percentile(95),
              l.percentile(50),
              l.percentile(95),
              a.percentile(50),
              a.percentile(95),
              l.count()));
    }
    out.append(
        String.format(
            "worst p95 under load: %.1f ms (target < 300 ms: %s)%n",
            worst, worst < 300 ? "met" : "NOT met"));
    System.out.print(out);
  }
}
