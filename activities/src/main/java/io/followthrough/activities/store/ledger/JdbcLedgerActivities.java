package io.followthrough.activities.store.ledger;

import io.followthrough.ledger.LedgerActivities;
import io.followthrough.ledger.LedgerEvent;
import io.temporal.failure.ApplicationFailure;
import java.util.List;

/**
 * {@link LedgerActivities} over the ops store. Register one instance per worker: {@code
 * worker.registerActivitiesImplementations(store.ledgerActivities())}.
 */
public final class JdbcLedgerActivities implements LedgerActivities {

  private final LedgerStore store;

  public JdbcLedgerActivities(LedgerStore store) {
    this.store = store;
  }

  @Override
  public boolean record(LedgerEvent event) {
    return recordAll(List.of(requireEvent(event))) == 1;
  }

  @Override
  public int recordAll(List<LedgerEvent> events) {
    if (events == null) {
      throw invalid("events list is missing");
    }
    events.forEach(JdbcLedgerActivities::requireEvent);
    // Store errors propagate as retryable activity failures; the idempotency key makes retry safe.
    return store.recordAll(events);
  }

  private static LedgerEvent requireEvent(LedgerEvent event) {
    if (event == null) {
      throw invalid("ledger event is missing");
    }
    return event;
  }

  private static ApplicationFailure invalid(String message) {
    return ApplicationFailure.newNonRetryableFailure(message, INVALID_EVENT);
  }
}
