package io.followthrough.workers.ops;

import io.followthrough.activities.store.OpsStore;
import io.followthrough.activities.store.access.Actor;
import io.followthrough.activities.store.audit.AuditEntry;

/**
 * Writes the audit row of one human read or write of PHI-bearing records: who (staff id and role),
 * what action, which record, why. Without an ops store nothing can be audited, so operations that
 * must be audited refuse with {@link OperationException.Kind#UNAVAILABLE}.
 */
public final class OpsAuditor {

  /** Purpose code of day-to-day work on outcomes and tasks. */
  public static final String OPERATIONS = "operations";

  /** Purpose code of reading the audit log itself. */
  public static final String AUDIT = "audit";

  private final OpsStore store;

  /**
   * @param store the ops store, or null when the process has none
   */
  public OpsAuditor(OpsStore store) {
    this.store = store;
  }

  /** The store, or an UNAVAILABLE failure naming why there is none. */
  public OpsStore store() {
    if (store == null) {
      throw new OperationException(
          OperationException.Kind.UNAVAILABLE,
          "NO_OPS_STORE",
          "this process has no ops store (set followthrough.store.url, or run dev with its"
              + " worker): inbox, analytics, audit and audited reads need it");
    }
    return store;
  }

  /** Appends one row with purpose {@code operations}. */
  public void record(Actor actor, String action, String recordRef) {
    record(actor, action, recordRef, OPERATIONS);
  }

  public void record(Actor actor, String action, String recordRef, String purpose) {
    store().auditLog().append(new AuditEntry(actor.id(), actor.role(), action, recordRef, purpose));
  }
}
