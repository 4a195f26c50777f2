package io.followthrough.sdk.internal;

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
}
