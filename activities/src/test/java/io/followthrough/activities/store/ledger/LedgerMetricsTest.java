package io.followthrough.activities.store.ledger;

import static io.followthrough.activities.store.ledger.OutcomeScript.outcome;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.followthrough.ledger.LedgerEvent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What {@link LedgerMetrics} derives from an outcome's events, without a database. */
class LedgerMetricsTest {

  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  final LedgerMetrics metrics = new LedgerMetrics(registry);
  final MeterReadings read = new MeterReadings(registry);

  static List<LedgerEvent> referral() {
    return outcome("referral/r-1", "referral", T0)
        .stage(0, "intake")
        .attempt(1)
        .stage(5, "verify")
        .escalated(20, 1, "no-reply")
        .taskOpened(21, "referral/r-1/call", "coordinator", 2)
        .taskResolved(50, "referral/r-1/call", "coordinator", "reached-patient")
        .stage(60, "schedule")
        .completed(90)
        .events();
  }

  static Set<String> keys(List<LedgerEvent> events) {
    return events.stream().map(LedgerEvent::idempotencyKey).collect(Collectors.toSet());
  }

  @Test
  void aWholeOutcomeGivesEachSeriesOnce() {
    List<LedgerEvent> events = referral();
    metrics.observe(events, keys(events));

    assertEquals(1, read.count("followthrough.outcomes.started", "outcome_type", "referral"));
    assertEquals(1, read.count("followthrough.outcomes.completed", "outcome_type", "referral"));
    assertEquals(
        1,
        read.count(
            "followthrough.outcomes.escalated",
            "outcome_type",
            "referral",
            "stage",
            "verify",
            "rung",
            "1",
            "reason",
            "no-reply"));
    assertEquals(1, read.count("followthrough.human.tasks.opened", "role", "coordinator"));
    assertEquals(
        1, read.count("followthrough.human.tasks.resolved", "resolution", "reached-patient"));
    assertEquals(8, read.count("followthrough.ledger.events"));
    assertEquals(3, read.count("followthrough.ledger.events", "event", "stage-changed"));
    assertEquals(5, read.timerTotalMinutes("followthrough.stage.duration", "stage", "intake"));
    assertEquals(55, read.timerTotalMinutes("followthrough.stage.duration", "stage", "verify"));
    assertEquals(30, read.timerTotalMinutes("followthrough.stage.duration", "stage", "schedule"));
    assertEquals(3, read.timerCount("followthrough.stage.duration"));
  }

  @Test
  void eventsArrivingOneByOneGiveTheSameFiguresAsOneBatch() {
    List<LedgerEvent> events = referral();
    for (int i = 0; i < events.size(); i++) {
      // What the store holds after the i-th record: the earlier events plus the new one.
      metrics.observe(events.subList(0, i + 1), Set.of(events.get(i).idempotencyKey()));
    }
    assertEquals(1, read.count("followthrough.outcomes.started"));
    assertEquals(1, read.count("followthrough.outcomes.completed"));
    assertEquals(8, read.count("followthrough.ledger.events"));
    assertEquals(3, read.timerCount("followthrough.stage.duration"));
    assertEquals(55, read.timerTotalMinutes("followthrough.stage.duration", "stage", "verify"));
  }

  @Test
  void knownEventsCountNothing() {
    List<LedgerEvent> events = referral();
    metrics.observe(events, Set.of());
    assertEquals(0, read.count("followthrough.ledger.events"));
    assertEquals(0, read.timerCount("followthrough.stage.duration"));
  }

  @Test
  void failureCarriesItsStageAndReasonAndClosesTheStay() {
    List<LedgerEvent> events =
        outcome("cancellation/c-9", "cancellation", T0)
            .stage(0, "offer")
            .failed(42, "patient-declined")
            .events();
    metrics.observe(events, keys(events));
    assertEquals(
        1,
        read.count(
            "followthrough.outcomes.failed",
            "outcome_type",
            "cancellation",
            "stage",
            "offer",
            "reason",
            "patient-declined"));
    assertEquals(42, read.timerTotalMinutes("followthrough.stage.duration", "stage", "offer"));
    assertEquals(0, read.count("followthrough.outcomes.completed"));
  }

  @Test
  void identifierShapedCodesNeverBecomeLabels() {
    List<LedgerEvent> events =
        outcome("referral/r-77", "referral", T0)
            .stage(0, "intake")
            .escalated(3, 2, "pt-55501")
            .taskOpened(4, "referral/r-77/call", "u-1042", 1)
            .events();
    metrics.observe(events, keys(events));
    assertEquals(1, read.count("followthrough.outcomes.escalated", "reason", "other"));
    assertEquals(1, read.count("followthrough.human.tasks.opened", "role", "other"));
    for (String value : read.labelValues()) {
      assertEquals(-1, value.indexOf("r-77"), value);
      assertEquals(-1, value.indexOf("555"), value);
      assertEquals(-1, value.indexOf("1042"), value);
    }
  }
}
