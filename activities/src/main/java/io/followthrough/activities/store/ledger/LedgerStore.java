package io.followthrough.activities.store.ledger;

import io.followthrough.activities.store.Transactor;
import io.followthrough.ledger.LedgerEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records ledger events and updates the projections in the same transaction. A stored idempotency
 * key makes a record a no-op, so replays and retries never double a row — nor a metric: {@link
 * LedgerMetrics} sees only the events a committed transaction stored for the first time.
 */
public final class LedgerStore {

  private static final Logger log = LoggerFactory.getLogger(LedgerStore.class);

  private final Transactor transactor;
  private final LedgerMetrics metrics;

  /** A ledger that counts nothing. */
  public LedgerStore(Transactor transactor) {
    this(transactor, LedgerMetrics.none());
  }

  public LedgerStore(Transactor transactor, LedgerMetrics metrics) {
    this.transactor = transactor;
    this.metrics = metrics;
  }

  /** Stores the event; false if its idempotency key was already stored. */
  public boolean record(LedgerEvent event) {
    return recordAll(List.of(event)) == 1;
  }

  /** Stores the new events of the batch atomically; returns how many were new. */
  public int recordAll(List<LedgerEvent> events) {
    if (events.isEmpty()) {
      return 0;
    }
    // Sorted lock order: two batches touching the same outcomes cannot deadlock.
    Set<String> workflows = new TreeSet<>();
    events.forEach(e -> workflows.add(e.workflowId()));
    // Built afresh by each attempt: Transactor re-runs the unit after a lost race.
    List<Stored> stored =
        transactor.inTransaction(
            connection -> {
              for (String workflowId : workflows) {
                ProjectionWriter.lock(connection, workflowId);
              }
              Map<String, Set<String>> newKeys = new TreeMap<>();
              for (LedgerEvent event : events) {
                if (LedgerRows.insertIfAbsent(connection, event)) {
                  newKeys
                      .computeIfAbsent(event.workflowId(), w -> new HashSet<>())
                      .add(event.idempotencyKey());
                }
              }
              List<Stored> changed = new ArrayList<>();
              for (Map.Entry<String, Set<String>> outcome : newKeys.entrySet()) {
                changed.add(
                    new Stored(
                        ProjectionWriter.reproject(connection, outcome.getKey()),
                        outcome.getValue()));
              }
              return changed;
            });
    observe(stored);
    return stored.stream().mapToInt(s -> s.newKeys().size()).sum();
  }

  // After the commit only: a rolled-back attempt must not count.
  private void observe(List<Stored> stored) {
    try {
      stored.forEach(s -> metrics.observe(s.events(), s.newKeys()));
    } catch (RuntimeException e) {
      // The events are stored; a metrics fault must not fail (and so retry) the activity.
      log.warn("ledger metrics not updated: {}", e.getClass().getName());
    }
  }

  private record Stored(List<LedgerEvent> events, Set<String> newKeys) {}
}
