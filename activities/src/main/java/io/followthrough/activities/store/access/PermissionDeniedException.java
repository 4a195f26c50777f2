package io.followthrough.activities.store.access;

/** A role tried an action it does not hold. The message is safe to show the user. */
public class PermissionDeniedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Role role;
  private final Action action;

  public PermissionDeniedException(Role role, Action action, String message) {
    super(message);
    this.role = role;
    this.action = action;
  }

  public Role role() {
    return role;
  }

  public Action action() {
    return action;
  }
}
