package io.followthrough.sdk;

/**
 * The work of one attempt of a {@link Stage}, usually one or more activity calls.
 *
 * @param <T> what the stage produces
 */
@FunctionalInterface
public interface StageWork<T> {

  /**
   * Runs one attempt.
   *
   * @param attempt 1-based attempt number; use it in idempotency keys ({@link IdempotencyKeys})
   */
  T run(int attempt);
}
