package io.followthrough.workers.ops;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The result of walking the audit chain, with the head hash to export as an anchor.
 *
 * @param intact every row and the chain head check out
 * @param rowsChecked rows walked
 * @param firstBrokenSeq first row that fails, null when intact
 * @param problem what failed there, null when intact
 * @param headHash the chain head's hash now
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AuditCheck(
    boolean intact, long rowsChecked, Long firstBrokenSeq, String problem, String headHash) {}
