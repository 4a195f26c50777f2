package io.followthrough.sdk.internal;

import io.temporal.api.enums.v1.RetryState;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.failure.TemporalFailure;

/** Failure codes safe for the timeline: the type, never the message (which may carry PHI). */
public final class Failures {
  private Failures() {}

  /** The application failure type behind {@code e}; rethrows cancellation. */
  public static String typeOf(TemporalFailure e) {
    Throwable cause = e instanceof ActivityFailure ? e.getCause() : e;
    if (cause instanceof ApplicationFailure af) {
      return af.getType();
    }
    if (cause instanceof CanceledFailure cancel) {
      throw cancel;
    }
    return cause == null ? e.getClass().getSimpleName() : cause.getClass().getSimpleName();
  }

  /**
   * Whether retrying cannot help: an activity that failed with a non-retryable failure (thrown as
   * such, or of a type its retry policy never retries, e.g. bad input), or a non-retryable
   * application failure raised in workflow code.
   */
  public static boolean isNonRetryable(TemporalFailure e) {
    if (e instanceof ActivityFailure af) {
      return af.getRetryState() == RetryState.RETRY_STATE_NON_RETRYABLE_FAILURE;
    }
    return e instanceof ApplicationFailure af && af.isNonRetryable();
  }
}
