package io.followthrough.sdk;

import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** Durable waits on workflow time. They survive worker restarts; workflow code only. */
public final class Deadline {
  private Deadline() {}

  /** Workflow time now. */
  public static Instant now() {
    return Instant.ofEpochMilli(Workflow.currentTimeMillis());
  }

  /** Sleeps durably until {@code target}; returns at once when it has passed. */
  public static void sleepUntil(Instant target) {
    Duration left = Duration.between(now(), target);
    if (left.compareTo(Duration.ZERO) > 0) {
      Workflow.sleep(left);
    }
  }

  /**
   * Waits until {@code condition} holds or {@code target} passes.
   *
   * @return true when the condition held, false when the deadline passed first
   */
  public static boolean awaitUntil(Instant target, Supplier<Boolean> condition) {
    Duration left = Duration.between(now(), target);
    if (left.compareTo(Duration.ZERO) <= 0) {
      return condition.get();
    }
    return Workflow.await(left, condition);
  }
}
