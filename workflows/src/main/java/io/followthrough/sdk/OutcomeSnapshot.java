package io.followthrough.sdk;

import java.util.List;

/**
 * An outcome's state and timeline, carried into the next run by continue-as-new ({@link
 * HistoryGuard}) and restored with {@link Outcome#restore}.
 *
 * @param state state at hand-over
 * @param timeline timeline so far
 * @param taskCounter how many human tasks were opened, so task ids stay unique
 * @param ledgerSequence the last ledger event number, so the next run's events sort after these (0
 *     in snapshots taken before ledger events existed)
 * @param site the outcome's site code ({@link Outcome#site(String)}), or null (also in snapshots
 *     taken before sites existed)
 */
public record OutcomeSnapshot(
    OutcomeState state,
    List<TimelineEntry> timeline,
    int taskCounter,
    long ledgerSequence,
    String site) {

  /** A snapshot without a site (as taken before sites existed). */
  public OutcomeSnapshot(
      OutcomeState state, List<TimelineEntry> timeline, int taskCounter, long ledgerSequence) {
    this(state, timeline, taskCounter, ledgerSequence, null);
  }

  /** A snapshot without ledger events (as taken before they existed). */
  public OutcomeSnapshot(OutcomeState state, List<TimelineEntry> timeline, int taskCounter) {
    this(state, timeline, taskCounter, 0, null);
  }
}
