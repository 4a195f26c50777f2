package io.followthrough.workers.store;

import io.followthrough.ledger.LedgerActivities;
import io.followthrough.ledger.LedgerEvent;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link LedgerActivities} of a worker without an ops store: it stores nothing and answers at
 * once, so outcomes still finish. Nothing is lost: every event stays in its workflow's history (the
 * activity's input), and {@code followthrough ledger rebuild} stores it once a store is configured.
 */
public final class HistoryOnlyLedger implements LedgerActivities {

  private static final Logger log = LoggerFactory.getLogger(HistoryOnlyLedger.class);

  private final AtomicBoolean warned = new AtomicBoolean();

  @Override
  public boolean record(LedgerEvent event) {
    warnOnce();
    return false;
  }

  @Override
  public int recordAll(List<LedgerEvent> events) {
    warnOnce();
    return 0;
  }

  private void warnOnce() {
    if (warned.compareAndSet(false, true)) {
      log.warn(
          "no ops store configured: ledger events stay in Temporal histories only; set"
              + " followthrough.store.url and run `followthrough ledger rebuild` to store them");
    }
  }
}
