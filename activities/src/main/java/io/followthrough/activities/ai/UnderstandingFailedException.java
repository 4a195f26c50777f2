package io.followthrough.activities.ai;

/** The provider could not understand a document. The message never contains document content. */
public class UnderstandingFailedException extends RuntimeException {
  private final boolean retryable;

  public UnderstandingFailedException(String message, boolean retryable, Throwable cause) {
    super(message, cause);
    this.retryable = retryable;
  }

  /** False for answers that will not improve on retry (e.g. output still invalid after repair). */
  public boolean retryable() {
    return retryable;
  }
}
