package io.followthrough.activities.documents;

/**
 * A file that cannot be read as a document. The message is safe to show and log: it names the
 * problem (corrupt, encrypted, too large, unsupported type, ...) and never any document content.
 */
public class DocumentRejectedException extends Exception {

  /** Why the file was rejected; stable codes for routing and metrics. */
  public enum Reason {
    CORRUPT,
    ENCRYPTED,
    EMPTY,
    TOO_MANY_PAGES,
    TOO_LARGE,
    UNSUPPORTED_TYPE
  }

  private final Reason reason;

  public DocumentRejectedException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public DocumentRejectedException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
