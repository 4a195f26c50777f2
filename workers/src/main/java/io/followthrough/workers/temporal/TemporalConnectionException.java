package io.followthrough.workers.temporal;

/**
 * Connecting to Temporal failed. The message is one line naming what to fix (the target, the
 * namespace, the certificate file, the handshake, or the credentials); callers print it and exit
 * non-zero without a stack trace.
 */
public final class TemporalConnectionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TemporalConnectionException(String message) {
    super(message);
  }

  public TemporalConnectionException(String message, Throwable cause) {
    super(message, cause);
  }
}
