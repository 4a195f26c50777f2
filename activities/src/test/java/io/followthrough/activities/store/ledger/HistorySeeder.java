package io.followthrough.activities.store.ledger;

import io.followthrough.activities.store.OpsStore;
import io.followthrough.ledger.LedgerEvent;
import java.sql.PreparedStatement;
import java.util.List;

/**
 * Loads a large outcome history fast for benchmarks: ledger rows by JDBC batch and each outcome's
 * projection from the same fold the live path uses, one transaction per chunk of outcomes. Only for
 * an empty store (no idempotency or locking, no metrics).
 */
public final class HistorySeeder {

  private HistorySeeder() {}

  /** Stores every outcome's events and projections; returns the number of events stored. */
  public static long seed(OpsStore store, List<List<LedgerEvent>> outcomes, int chunk) {
    long events = 0;
    for (int from = 0; from < outcomes.size(); from += chunk) {
      List<List<LedgerEvent>> part =
          outcomes.subList(from, Math.min(outcomes.size(), from + chunk));
      events +=
          store
              .transactor()
              .inTransaction(
                  connection -> {
                    long stored = 0;
                    try (PreparedStatement insert =
                        connection.prepareStatement(LedgerRows.INSERT)) {
                      for (List<LedgerEvent> outcome : part) {
                        for (LedgerEvent e : outcome) {
                          LedgerRows.bind(insert, e);
                          insert.addBatch();
                          stored++;
                        }
                      }
                      insert.executeBatch();
                    }
                    for (List<LedgerEvent> outcome : part) {
                      ProjectionWriter.write(connection, OutcomeProjection.fold(outcome));
                    }
                    return stored;
                  });
    }
    return events;
  }
}
