package io.followthrough.activities.store.ledger;

import static io.followthrough.activities.store.ledger.OutcomeScript.outcome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.activities.store.OpsStore;
import io.followthrough.activities.store.TableDump;
import io.followthrough.activities.store.TestStore;
import io.followthrough.ledger.LedgerEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Projection idempotency, run against PostgreSQL and the embedded H2 store by subclasses. */
abstract class LedgerStoreContract {

  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  static final List<String> PROJECTIONS =
      List.of(
          "ledger_event",
          "outcome",
          "stage_visit",
          "human_task",
          "funnel_day",
          "stage_duration",
          "stage_duration_day");

  TestStore test;
  OpsStore store;

  abstract TestStore openStore();

  @BeforeEach
  void open() {
    test = openStore();
    store = test.store();
  }

  @AfterEach
  void close() {
    test.close();
  }

  static List<LedgerEvent> sampleEvents() {
    List<LedgerEvent> events = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      OutcomeScript s =
          outcome("referral/f-" + i, "referral", T0.plusSeconds(i * 60L))
              .stage(0, "intake")
              .attempt(1)
              .stage(5 + i, "verify");
      if (i % 3 == 0) {
        s.escalated(20, 1, "no-reply")
            .ownedBy("coordinator")
            .taskOpened(21, "t-" + i, "coordinator", 2);
      }
      if (i % 3 == 1) {
        s.stage(30, "schedule").completed(40 + i);
      }
      if (i % 3 == 2) {
        s.failed(33, "patient-declined");
      }
      if (i % 6 == 0) {
        s.taskResolved(50, "t-" + i, "coordinator", "reached-patient");
      }
      events.addAll(s.events());
    }
    return events;
  }

  Map<String, List<String>> dump() {
    Map<String, List<String>> tables = new TreeMap<>();
    PROJECTIONS.forEach(t -> tables.put(t, TableDump.rows(store.dataSource(), t)));
    return tables;
  }

  @Test
  void recordingAKeyTwiceStoresOneRow() {
    LedgerEvent event = sampleEvents().get(0);
    assertTrue(store.ledgerActivities().record(event));
    assertFalse(store.ledgerActivities().record(event));
    assertEquals(1, TableDump.count(store.dataSource(), "ledger_event"));
    assertEquals(1, TableDump.count(store.dataSource(), "outcome"));
  }

  @Test
  void replayedEventsLeaveIdenticalRows() {
    List<LedgerEvent> events = sampleEvents();
    events.forEach(store.ledger()::record);
    Map<String, List<String>> first = dump();
    assertEquals(events.size(), first.get("ledger_event").size());
    assertEquals(12, first.get("outcome").size());

    List<LedgerEvent> shuffled = new ArrayList<>(events);
    Collections.shuffle(shuffled, new Random(11));
    assertEquals(0, store.ledger().recordAll(shuffled), "a replay stores nothing new");
    shuffled.forEach(store.ledger()::record);
    assertEquals(first, dump());
  }

  @Test
  void outOfOrderArrivalProjectsLikeInOrder() {
    List<LedgerEvent> events = sampleEvents();
    List<LedgerEvent> shuffled = new ArrayList<>(events);
    Collections.shuffle(shuffled, new Random(3));
    shuffled.forEach(store.ledger()::record);
    Map<String, List<String>> outOfOrder = dump();
    try (TestStore other = openStore()) {
      other.store().ledger().recordAll(events);
      for (String table : PROJECTIONS) {
        assertEquals(
            outOfOrder.get(table), TableDump.rows(other.store().dataSource(), table), table);
      }
    }
  }

  @Test
  void concurrentRetriesNeverDoubleARow() throws Exception {
    List<LedgerEvent> events = sampleEvents();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        List<LedgerEvent> copy = new ArrayList<>(events);
        Collections.shuffle(copy, new Random(t));
        results.add(
            pool.submit(() -> copy.stream().mapToInt(e -> store.ledger().record(e) ? 1 : 0).sum()));
      }
      int stored = 0;
      for (Future<Integer> result : results) {
        stored += result.get();
      }
      assertEquals(events.size(), stored, "each event stored by exactly one thread");
    } finally {
      pool.shutdown();
    }
    Map<String, List<String>> concurrent = dump();
    try (TestStore other = openStore()) {
      other.store().ledger().recordAll(events);
      for (String table : PROJECTIONS) {
        assertEquals(
            TableDump.rows(other.store().dataSource(), table), concurrent.get(table), table);
      }
    }
  }

  @Test
  void rebuilderRederivesWipedProjections() {
    List<LedgerEvent> events = sampleEvents();
    store.ledger().recordAll(events);
    Map<String, List<String>> live = dump();

    // The analytics rollups sum up the stays: wiped with them.
    for (String table :
        List.of(
            "outcome",
            "stage_visit",
            "human_task",
            "funnel_day",
            "stage_duration",
            "stage_duration_day")) {
      TableDump.execute(store.dataSource(), "DELETE FROM " + table);
    }
    assertEquals(0, store.rebuilder().rebuild(events), "the ledger already holds every event");
    assertEquals(live, dump());

    TableDump.execute(store.dataSource(), "UPDATE outcome SET current_stage = 'bogus'");
    assertEquals(12, store.rebuilder().rebuildFromLedger());
    assertEquals(live, dump());
  }

  @Test
  void rebuilderFillsAnEmptyStoreFromAStream() {
    List<LedgerEvent> events = sampleEvents();
    store.ledger().recordAll(events);
    Map<String, List<String>> live = dump();
    try (TestStore other = openStore()) {
      Iterable<LedgerEvent> stream = events::iterator;
      assertEquals(events.size(), other.store().rebuilder().rebuild(stream));
      for (String table : PROJECTIONS) {
        assertEquals(live.get(table), TableDump.rows(other.store().dataSource(), table), table);
      }
    }
  }
}
