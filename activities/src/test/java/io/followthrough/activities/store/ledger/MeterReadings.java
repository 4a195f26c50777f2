package io.followthrough.activities.store.ledger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/** Reads counters and timers of a test registry; absent meters read as zero. */
final class MeterReadings {

  private final MeterRegistry registry;

  MeterReadings(MeterRegistry registry) {
    this.registry = registry;
  }

  /** Sum of every counter named {@code name} whose tags include {@code tags}. */
  double count(String name, String... tags) {
    return registry.find(name).tags(tags).counters().stream().mapToDouble(Counter::count).sum();
  }

  long timerCount(String name, String... tags) {
    return registry.find(name).tags(tags).timers().stream().mapToLong(Timer::count).sum();
  }

  double timerTotalMinutes(String name, String... tags) {
    return registry.find(name).tags(tags).timers().stream()
        .mapToDouble(t -> t.totalTime(TimeUnit.SECONDS) / 60)
        .sum();
  }

  /** Every label value of every meter, for PHI/id audits. */
  java.util.List<String> labelValues() {
    return registry.getMeters().stream()
        .map(Meter::getId)
        .flatMap(id -> id.getTags().stream())
        .map(Tag::getValue)
        .toList();
  }
}
