package io.followthrough.testkit;

import io.followthrough.ledger.LedgerActivities;
import io.followthrough.ledger.LedgerEvent;
import io.followthrough.ledger.LedgerEventType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link LedgerActivities} fake that keeps events in memory, one per idempotency key like the ops
 * store. {@link OutcomeTestEnvironment} registers one unless the test brings its own ledger; read
 * it with {@link OutcomeTestEnvironment#ledgerEvents()}.
 */
public final class RecordingLedger implements LedgerActivities {

  /** The order the ops store folds events in: workflow time, then sequence, then key. */
  public static final Comparator<LedgerEvent> ORDER =
      Comparator.comparing(LedgerEvent::workflowTime)
          .thenComparingLong(LedgerEvent::sequence)
          .thenComparing(LedgerEvent::idempotencyKey);

  private final Map<String, LedgerEvent> byKey = new LinkedHashMap<>();
  private int executions;

  @Override
  public synchronized boolean record(LedgerEvent event) {
    executions++;
    return byKey.putIfAbsent(event.idempotencyKey(), event) == null;
  }

  @Override
  public synchronized int recordAll(List<LedgerEvent> events) {
    executions++;
    int stored = 0;
    for (LedgerEvent event : events) {
      if (byKey.putIfAbsent(event.idempotencyKey(), event) == null) {
        stored++;
      }
    }
    return stored;
  }

  /** Every stored event (duplicates dropped), in emission order. */
  public synchronized List<LedgerEvent> events() {
    List<LedgerEvent> all = new ArrayList<>(byKey.values());
    all.sort(ORDER);
    return List.copyOf(all);
  }

  /** The stored events of one workflow id (all its runs), in emission order. */
  public List<LedgerEvent> events(String workflowId) {
    return events().stream().filter(e -> e.workflowId().equals(workflowId)).toList();
  }

  /** The event types of one workflow id, in emission order. */
  public List<LedgerEventType> types(String workflowId) {
    return events(workflowId).stream().map(LedgerEvent::type).toList();
  }

  /** How many activity executions arrived, retries and duplicates included. */
  public synchronized int executions() {
    return executions;
  }
}
