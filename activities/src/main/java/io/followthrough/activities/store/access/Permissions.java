package io.followthrough.activities.store.access;

import static io.followthrough.activities.store.access.Action.*;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which role may take which action. Coordinators work the inbox; supervisors add reassignment,
 * cancellation and analytics; admins may do everything including configuration; auditors read the
 * audit log and analytics and write nothing. Clinicians work the inbox like coordinators; which
 * tasks they see and resolve is decided by the task's role ({@code clinician}).
 */
public final class Permissions {

  private static final Set<Action> COORDINATOR_ACTIONS =
      EnumSet.of(
          VIEW_INBOX,
          VIEW_OUTCOME,
          START_OUTCOME,
          SIGNAL_OUTCOME,
          CLAIM_TASK,
          RESOLVE_TASK,
          SNOOZE_TASK);

  private static final Map<Role, Set<Action>> TABLE =
      Map.of(
          Role.COORDINATOR, COORDINATOR_ACTIONS,
          Role.SUPERVISOR,
              union(COORDINATOR_ACTIONS, EnumSet.of(REASSIGN_TASK, CANCEL_OUTCOME, VIEW_ANALYTICS)),
          Role.ADMIN, EnumSet.allOf(Action.class),
          Role.AUDITOR, EnumSet.of(READ_AUDIT_LOG, VIEW_ANALYTICS),
          Role.CLINICIAN, COORDINATOR_ACTIONS,
          Role.SYSTEM, EnumSet.noneOf(Action.class));

  private Permissions() {}

  /** Whether {@code role} may take {@code action}. */
  public static boolean allows(Role role, Action action) {
    return TABLE.get(role).contains(action);
  }

  /** The actions {@code role} holds. */
  public static Set<Action> actionsOf(Role role) {
    Set<Action> actions = EnumSet.noneOf(Action.class);
    actions.addAll(TABLE.get(role));
    return actions;
  }

  /**
   * Returns quietly when allowed; otherwise throws {@link PermissionDeniedException} with a message
   * naming the role, the action and what the role may do instead.
   */
  public static void check(Role role, Action action) {
    if (!allows(role, action)) {
      String allowed =
          TABLE.get(role).stream().map(Action::code).sorted().collect(Collectors.joining(", "));
      throw new PermissionDeniedException(
          role,
          action,
          "role '"
              + role.code()
              + "' may not "
              + action.code()
              + (allowed.isEmpty()
                  ? " (this role holds no actions)"
                  : " (allowed: " + allowed + ")"));
    }
  }

  private static Set<Action> union(Set<Action> a, Set<Action> b) {
    Set<Action> all = EnumSet.copyOf(a);
    all.addAll(b);
    return all;
  }
}
