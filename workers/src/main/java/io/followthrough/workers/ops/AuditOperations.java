package io.followthrough.workers.ops;

import io.followthrough.activities.store.access.Action;
import io.followthrough.activities.store.access.Actor;
import io.followthrough.activities.store.access.Permissions;
import io.followthrough.activities.store.audit.AuditLog;
import io.followthrough.activities.store.audit.AuditVerification;
import java.util.List;

/**
 * The audit log for auditors and admins: read rows and verify the hash chain. Reading the log is
 * itself audited (purpose {@code audit}).
 */
public final class AuditOperations {

  /** Most rows one page returns. */
  public static final int MAX_LIMIT = 1000;

  private final OpsAuditor auditor;

  public AuditOperations(OpsAuditor auditor) {
    this.auditor = auditor;
  }

  /**
   * Rows in chain order: from {@code fromSeq} on when given, else the newest {@code limit}.
   *
   * @param fromSeq first sequence number, or null for the newest rows
   */
  public List<AuditRow> read(Actor actor, int limit, Long fromSeq) {
    Permissions.check(actor.role(), Action.READ_AUDIT_LOG);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw OperationException.badRequest("limit must be 1.." + MAX_LIMIT);
    }
    if (fromSeq != null && fromSeq < 1) {
      throw OperationException.badRequest("from must be a sequence number of 1 or more");
    }
    AuditLog log = auditor.store().auditLog();
    List<AuditRow> rows =
        (fromSeq == null ? log.latest(limit) : log.read(fromSeq, limit))
            .stream().map(AuditRow::of).toList();
    auditor.record(actor, Action.READ_AUDIT_LOG.code(), "audit-log", OpsAuditor.AUDIT);
    return rows;
  }

  /** Walks the whole chain; names the first edited, deleted or reordered row. */
  public AuditCheck verify(Actor actor) {
    Permissions.check(actor.role(), Action.READ_AUDIT_LOG);
    AuditLog log = auditor.store().auditLog();
    AuditVerification v = log.verify();
    return new AuditCheck(
        v.intact(), v.rowsChecked(), v.firstBrokenSeq(), v.problem(), log.headHash());
  }
}
