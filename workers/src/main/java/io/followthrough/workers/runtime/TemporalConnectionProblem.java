package io.followthrough.workers.runtime;

/**
 * A Temporal frontend could not be used: unreachable, unknown namespace, bad certificate or key.
 * The message is one line meant for the operator; it never carries payload data.
 */
public final class TemporalConnectionProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public TemporalConnectionProblem(String message, Throwable cause) {
    super(message, cause);
  }

  public TemporalConnectionProblem(String message) {
    super(message);
  }
}
