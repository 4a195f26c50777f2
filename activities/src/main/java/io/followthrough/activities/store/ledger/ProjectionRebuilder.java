package io.followthrough.activities.store.ledger;

import io.followthrough.activities.store.Transactor;
import io.followthrough.ledger.LedgerEvent;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Re-derives the projections from events: from a stream (e.g. read back from Temporal histories) or
 * from the stored ledger. Uses the same fold as the live path, so a rebuild of the same events
 * yields the same rows. Claim and snooze state of open tasks is kept: staff set it, not events.
 */
public final class ProjectionRebuilder {

  private static final int CHUNK = 500;

  private final Transactor transactor;
  private final LedgerStore ledger;

  public ProjectionRebuilder(Transactor transactor) {
    this.transactor = transactor;
    this.ledger = new LedgerStore(transactor);
  }

  /**
   * Stores the events of the stream that the ledger lacks and re-derives the projections of every
   * outcome they touch, in chunks of 500 events (one transaction each), so any stream size fits.
   *
   * @return how many events were new to the ledger
   */
  public int rebuild(Iterable<LedgerEvent> events) {
    int inserted = 0;
    List<LedgerEvent> chunk = new ArrayList<>(CHUNK);
    for (LedgerEvent event : events) {
      chunk.add(event);
      if (chunk.size() == CHUNK) {
        inserted += rebuildChunk(chunk);
        chunk.clear();
      }
    }
    if (!chunk.isEmpty()) {
      inserted += rebuildChunk(chunk);
    }
    return inserted;
  }

  private int rebuildChunk(List<LedgerEvent> chunk) {
    int inserted = ledger.recordAll(chunk);
    List<String> workflows = chunk.stream().map(LedgerEvent::workflowId).distinct().toList();
    reprojectEach(workflows);
    return inserted;
  }

  /**
   * Drops the outcome and stage-visit projections (with the analytics rollups over the stays) and
   * re-derives them from the stored ledger, e.g. after a change to {@link OutcomeProjection}.
   *
   * @return how many outcomes were re-derived
   */
  public int rebuildFromLedger() {
    List<String> workflows =
        transactor.inTransaction(
            connection -> {
              try (PreparedStatement wipe = connection.prepareStatement("DELETE FROM outcome")) {
                wipe.executeUpdate();
              }
              // The rollups (migration V12) are re-derived with the stays they sum up.
              for (String table :
                  List.of("stage_visit", "funnel_day", "stage_duration", "stage_duration_day")) {
                try (PreparedStatement wipe = connection.prepareStatement("DELETE FROM " + table)) {
                  wipe.executeUpdate();
                }
              }
              List<String> ids = new ArrayList<>();
              try (PreparedStatement select =
                      connection.prepareStatement(
                          "SELECT DISTINCT workflow_id FROM ledger_event ORDER BY workflow_id");
                  ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                  ids.add(rows.getString(1));
                }
              }
              return ids;
            });
    for (int i = 0; i < workflows.size(); i += CHUNK) {
      reprojectEach(workflows.subList(i, Math.min(workflows.size(), i + CHUNK)));
    }
    return workflows.size();
  }

  private void reprojectEach(List<String> workflows) {
    List<String> sorted = workflows.stream().sorted().toList();
    transactor.inTransaction(
        connection -> {
          for (String workflowId : sorted) {
            ProjectionWriter.lock(connection, workflowId);
            ProjectionWriter.reproject(connection, workflowId);
          }
          return null;
        });
  }
}
