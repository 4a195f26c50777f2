package io.followthrough.activities.store.audit;

import java.time.Instant;

/** A chained audit row: its position, entry, time and the hashes linking it to the chain. */
public record AuditRecord(
    long seq, AuditEntry entry, Instant occurredAt, String prevHash, String rowHash) {}
