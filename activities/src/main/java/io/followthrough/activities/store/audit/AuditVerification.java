package io.followthrough.activities.store.audit;

/**
 * The result of walking the audit chain.
 *
 * @param intact true when every row and the chain head check out
 * @param rowsChecked rows walked
 * @param firstBrokenSeq sequence number of the first row that fails, or null when intact (for a
 *     truncated tail: the first missing sequence number)
 * @param problem what failed there, or null when intact
 */
public record AuditVerification(
    boolean intact, long rowsChecked, Long firstBrokenSeq, String problem) {

  static AuditVerification ok(long rows) {
    return new AuditVerification(true, rows, null, null);
  }

  static AuditVerification broken(long rows, long seq, String problem) {
    return new AuditVerification(false, rows, seq, problem);
  }
}
