package io.followthrough.workers.store;

import io.followthrough.activities.store.OpsStore;
import io.followthrough.activities.store.audit.AuditLog;
import io.followthrough.workers.runtime.HttpRuntime;
import java.util.List;

/** The activity implementations a worker registers on every task queue from the ops store. */
public final class OpsStoreActivities {

  private OpsStoreActivities() {}

  /**
   * {@code LedgerActivities} over the process's ops store; empty when it has none (not dev mode and
   * no {@code followthrough.store.url}). Opening the store connects and migrates, so an unreachable
   * database fails the start here with a one-line StoreException.
   */
  public static List<Object> of(HttpRuntime runtime) {
    return runtime
        .findBean(OpsStore.class)
        .<List<Object>>map(store -> List.of(store.ledgerActivities()))
        .orElse(List.of());
  }

  /**
   * The audit log the worker writes PHI access rows to; null when the process has no store. Call
   * after {@link #of}, which opens the store.
   */
  public static AuditLog phiAudit(HttpRuntime runtime) {
    return runtime.findBean(OpsStore.class).map(OpsStore::auditLog).orElse(null);
  }
}
