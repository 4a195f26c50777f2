package io.followthrough.sdk;

/** Performs an automated {@link Rung} (usually an activity call: a reminder, a call). */
@FunctionalInterface
public interface RungAction {

  /**
   * Performs the rung.
   *
   * @param rung the rung reached
   * @param level its 1-based escalation level; use it in idempotency keys
   */
  void perform(Rung rung, int level);
}
