package io.followthrough.testkit;

import java.util.List;

/**
 * One execution of an activity method seen by an {@link ActivityRecorder}.
 *
 * @param method activity method name
 * @param args arguments as received
 * @param attempt Temporal attempt number (1 for the first try, more on retries)
 * @param atMillis test-service time the attempt was scheduled (skipped time included)
 */
public record RecordedCall(String method, List<Object> args, int attempt, long atMillis) {

  /** Argument {@code index}, cast to the caller's type. */
  @SuppressWarnings("unchecked")
  public <T> T arg(int index) {
    return (T) args.get(index);
  }
}
