package io.followthrough.ledger;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;

/**
 * Records outcome facts into the ops store (work queue, funnel, analytics). Called by outcome
 * workflows at each stage change, attempt, escalation, human-task change and close.
 *
 * <p>Idempotent: each event carries an idempotency key, and recording a key already stored does
 * nothing, so Temporal retries and replays never double a row. Projections are updated in the same
 * transaction as the ledger row.
 *
 * <p>Failures: an invalid event fails with a non-retryable {@code ApplicationFailure} of type
 * {@link #INVALID_EVENT}; store outages are retryable. Suggested options: start-to-close 10 s,
 * unlimited retries with backoff (the ledger must not lose facts), see {@link LedgerOptions}.
 */
@ActivityInterface(namePrefix = "Ledger")
public interface LedgerActivities {

  /** Failure type of events the store refuses; retrying cannot help. */
  String INVALID_EVENT = "InvalidLedgerEvent";

  /** Activity type of {@link #record}, as scheduled in workflow histories. */
  String RECORD_TYPE = "LedgerRecord";

  /** Activity type of {@link #recordAll}, as scheduled in workflow histories. */
  String RECORD_ALL_TYPE = "LedgerRecordAll";

  /**
   * Records one event.
   *
   * @return true if stored now, false if its idempotency key was already recorded
   */
  @ActivityMethod
  boolean record(LedgerEvent event);

  /**
   * Records several events atomically: all new ones are stored, duplicates are skipped.
   *
   * @return how many were stored now
   */
  @ActivityMethod
  int recordAll(List<LedgerEvent> events);
}
