package io.followthrough.activities.store.ledger;

import io.followthrough.activities.store.Transactor;
import io.followthrough.ledger.LedgerEvent;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Records ledger events and updates the projections in the same transaction. A stored idempotency
 * key makes a record a no-op, so replays and retries never double a row.
 */
public final class LedgerStore {

  private final Transactor transactor;

  public LedgerStore(Transactor transactor) {
    this.transactor = transactor;
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
    return transactor.inTransaction(
        connection -> {
          for (String workflowId : workflows) {
            ProjectionWriter.lock(connection, workflowId);
          }
          int inserted = 0;
          Set<String> changed = new TreeSet<>();
          for (LedgerEvent event : events) {
            if (LedgerRows.insertIfAbsent(connection, event)) {
              inserted++;
              changed.add(event.workflowId());
            }
          }
          for (String workflowId : changed) {
            ProjectionWriter.reproject(connection, workflowId);
          }
          return inserted;
        });
  }
}
