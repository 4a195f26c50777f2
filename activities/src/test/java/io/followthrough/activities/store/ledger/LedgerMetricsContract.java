package io.followthrough.activities.store.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.followthrough.activities.store.TestStore;
import io.followthrough.ledger.LedgerEvent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Outcome metrics move exactly once per newly stored event and never for a replayed, retried or
 * concurrently duplicated one; run against PostgreSQL and H2 by subclasses.
 */
abstract class LedgerMetricsContract {

  TestStore test;
  SimpleMeterRegistry registry;
  LedgerStore ledger;
  MeterReadings read;

  abstract TestStore openStore();

  @BeforeEach
  void open() {
    test = openStore();
    registry = new SimpleMeterRegistry();
    ledger = new LedgerStore(test.store().transactor(), new LedgerMetrics(registry));
    read = new MeterReadings(registry);
  }

  @AfterEach
  void close() {
    test.close();
  }

  @Test
  void aNewEventCountsOnceAndItsReplayNever() {
    List<LedgerEvent> events = LedgerMetricsTest.referral();
    for (LedgerEvent event : events) {
      assertEquals(true, ledger.record(event));
    }
    assertFigures();

    // Activity retries and workflow replays: the same events again, singly and as a batch.
    for (LedgerEvent event : events) {
      assertEquals(false, ledger.record(event));
    }
    assertEquals(0, ledger.recordAll(events));
    assertFigures();
  }

  @Test
  void aBatchWithKnownAndNewEventsCountsOnlyTheNewOnes() {
    List<LedgerEvent> events = LedgerMetricsTest.referral();
    assertEquals(6, ledger.recordAll(events.subList(0, 6)));
    assertEquals(0, read.count("followthrough.outcomes.completed"));
    assertEquals(1, read.timerCount("followthrough.stage.duration"), "intake left for verify");

    assertEquals(2, ledger.recordAll(events));
    assertFigures();
  }

  @Test
  void concurrentDuplicateWritersCountEachEventOnce() throws Exception {
    List<LedgerEvent> events = LedgerMetricsTest.referral();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> writers = new ArrayList<>();
      for (int w = 0; w < 4; w++) {
        writers.add(
            pool.submit(
                () -> {
                  int stored = 0;
                  for (LedgerEvent event : events) {
                    stored += ledger.record(event) ? 1 : 0;
                  }
                  return stored;
                }));
      }
      int stored = 0;
      for (Future<Integer> writer : writers) {
        stored += writer.get();
      }
      assertEquals(events.size(), stored, "each event stored by exactly one writer");
    } finally {
      pool.shutdown();
    }
    // Each writer records in workflow order, so event i+1 is stored only after event i: the
    // figures are exactly those of a single writer.
    assertFigures();
  }

  @Test
  void rebuildingProjectionsCountsNothing() {
    List<LedgerEvent> events = LedgerMetricsTest.referral();
    ledger.recordAll(events);
    test.store().rebuilder().rebuildFromLedger();
    test.store().rebuilder().rebuild(events);
    assertFigures();
  }

  private void assertFigures() {
    assertEquals(1, read.count("followthrough.outcomes.started", "outcome_type", "referral"));
    assertEquals(1, read.count("followthrough.outcomes.completed", "outcome_type", "referral"));
    assertEquals(1, read.count("followthrough.outcomes.escalated", "stage", "verify"));
    assertEquals(1, read.count("followthrough.human.tasks.opened"));
    assertEquals(1, read.count("followthrough.human.tasks.resolved"));
    assertEquals(8, read.count("followthrough.ledger.events"));
    assertEquals(3, read.timerCount("followthrough.stage.duration"));
    assertEquals(5, read.timerTotalMinutes("followthrough.stage.duration", "stage", "intake"));
    assertEquals(55, read.timerTotalMinutes("followthrough.stage.duration", "stage", "verify"));
    assertEquals(30, read.timerTotalMinutes("followthrough.stage.duration", "stage", "schedule"));
  }
}
