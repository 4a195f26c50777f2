package io.followthrough.workers.security;

/**
 * A valid token that carries no Followthrough role (or no usable staff id): answered 403. The
 * message names the claim, never its value.
 */
public final class NoRoleException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NoRoleException(String message) {
    super(message);
  }
}
