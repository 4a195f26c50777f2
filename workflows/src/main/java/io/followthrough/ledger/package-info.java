/**
 * The ledger contract: what outcome workflows report to the ops store ({@link
 * io.followthrough.ledger.LedgerActivities}) and the event records they send. Deterministic and
 * free of I/O; the JDBC implementation lives in {@code io.followthrough.activities.store.ledger}.
 */
package io.followthrough.ledger;
