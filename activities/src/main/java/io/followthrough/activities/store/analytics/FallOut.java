package io.followthrough.activities.store.analytics;

/**
 * Of the outcomes that reached {@code fromStage}: how many later reached {@code toStage}, how many
 * closed without reaching it (fell out) and how many are still open short of it.
 */
public record FallOut(
    String fromStage,
    String toStage,
    long reachedFrom,
    long reachedTo,
    long fellOut,
    long inProgress) {

  /** Share of {@link #reachedFrom} that fell out; 0 when none reached it. */
  public double fallOutRate() {
    return reachedFrom == 0 ? 0 : (double) fellOut / reachedFrom;
  }
}
