package io.followthrough.workers.ops;

/**
 * An operation could not be done for a reason the caller can act on. The message is safe to show
 * (ids and codes only, never PHI); {@link #kind()} maps to an HTTP status or a gRPC code.
 */
public class OperationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why the operation failed, independent of the transport. */
  public enum Kind {
    /** The request is malformed (HTTP 400, gRPC INVALID_ARGUMENT). */
    BAD_REQUEST,
    /** The task, outcome or document does not exist (404, NOT_FOUND). */
    NOT_FOUND,
    /** The record is in a state that forbids this (409, FAILED_PRECONDITION / ALREADY_EXISTS). */
    CONFLICT,
    /** The workflow's validator refused the decision (422, INVALID_ARGUMENT). */
    REJECTED,
    /** A needed component is missing or unreachable (503, UNAVAILABLE). */
    UNAVAILABLE
  }

  private final Kind kind;
  private final String code;

  public OperationException(Kind kind, String code, String message) {
    super(message);
    this.kind = kind;
    this.code = code;
  }

  public OperationException(Kind kind, String code, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.code = code;
  }

  public Kind kind() {
    return kind;
  }

  /** Short machine-readable reason, e.g. {@code TASK_NOT_FOUND}, {@code UPDATE_REJECTED}. */
  public String code() {
    return code;
  }

  static OperationException badRequest(String message) {
    return new OperationException(Kind.BAD_REQUEST, "BAD_REQUEST", message);
  }

  static OperationException notFound(String code, String message) {
    return new OperationException(Kind.NOT_FOUND, code, message);
  }

  static OperationException conflict(String code, String message) {
    return new OperationException(Kind.CONFLICT, code, message);
  }
}
