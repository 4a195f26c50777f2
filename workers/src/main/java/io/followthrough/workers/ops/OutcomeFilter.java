package io.followthrough.workers.ops;

/**
 * Narrows the outcome listing. Null members do not filter; the members are ANDed.
 *
 * @param query a Temporal visibility query (the dev server understands {@code Name = 'value'}
 *     joined by {@code AND})
 * @param outcomeType {@code OutcomeType} equals
 * @param stage {@code OutcomeStage} equals
 * @param owner {@code Owner} equals
 * @param needsHuman {@code NeedsHuman} equals
 * @param limit at most this many, newest first
 */
public record OutcomeFilter(
    String query, String outcomeType, String stage, String owner, Boolean needsHuman, int limit) {

  /** Every outcome, up to {@code limit}. */
  public static OutcomeFilter all(int limit) {
    return new OutcomeFilter(null, null, null, null, null, limit);
  }
}
