package io.followthrough.workers.ops;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.followthrough.activities.store.audit.AuditRecord;

/**
 * One audit-log row as the API shows it.
 *
 * @param seq position in the chain
 * @param actor staff id or {@code system:<component>}
 * @param role the actor's role
 * @param action e.g. {@code resolve-task}, {@code read-document}
 * @param record e.g. {@code task:<id>}, {@code outcome:<workflowId>}
 * @param purpose e.g. {@code operations}, {@code audit}
 * @param occurredAt ISO-8601
 * @param prevHash hash of the previous row
 * @param rowHash this row's hash
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AuditRow(
    long seq,
    String actor,
    String role,
    String action,
    String record,
    String purpose,
    String occurredAt,
    String prevHash,
    String rowHash) {

  static AuditRow of(AuditRecord r) {
    return new AuditRow(
        r.seq(),
        r.entry().actor(),
        r.entry().role().code(),
        r.entry().action(),
        r.entry().recordRef(),
        r.entry().purpose(),
        r.occurredAt().toString(),
        r.prevHash(),
        r.rowHash());
  }
}
