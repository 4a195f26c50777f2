package io.followthrough.workers.intake;

import io.followthrough.activities.documents.DocumentRejectedException.Reason;

/**
 * A document refused at the door, with the reader's reason. The message is safe to show and log: it
 * names the problem, never the content.
 */
public final class IngestRejectedException extends Exception {
  private static final long serialVersionUID = 1L;

  private final Reason reason;

  public IngestRejectedException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  /** HTTP status for this rejection: 413 too large, 415 unsupported type, else 400. */
  public int httpStatus() {
    return switch (reason) {
      case TOO_LARGE -> 413;
      case UNSUPPORTED_TYPE -> 415;
      default -> 400;
    };
  }
}
