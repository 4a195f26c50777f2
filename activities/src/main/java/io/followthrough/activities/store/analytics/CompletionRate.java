package io.followthrough.activities.store.analytics;

/** Outcome totals by status. */
public record CompletionRate(long total, long completed, long failed, long open) {

  /** Completed share of closed outcomes (completed + failed); 0 when none closed. */
  public double rate() {
    long closed = completed + failed;
    return closed == 0 ? 0 : (double) completed / closed;
  }
}
