package io.followthrough.sdk;

/** A re-check of the world for a {@link Confirmation}, usually one activity call. */
@FunctionalInterface
public interface ConfirmationPoll {

  /**
   * @param poll 1-based poll number; use it in idempotency keys
   * @return whether the evidence is there
   */
  boolean check(int poll);
}
