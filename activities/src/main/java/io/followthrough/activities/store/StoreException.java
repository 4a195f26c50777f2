package io.followthrough.activities.store;

/**
 * The ops store could not complete an operation. Messages carry SQL states and table names only:
 * never row content. Callers in activities treat it as retryable.
 */
public class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
