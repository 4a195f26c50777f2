package io.followthrough.activities.store.access;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PermissionsTest {

  /** The policy, written out independently of the implementation's table. */
  private static final Map<Role, Set<Action>> EXPECTED =
      Map.of(
          Role.COORDINATOR,
          EnumSet.of(
              Action.VIEW_INBOX,
              Action.VIEW_OUTCOME,
              Action.START_OUTCOME,
              Action.SIGNAL_OUTCOME,
              Action.CLAIM_TASK,
              Action.RESOLVE_TASK,
              Action.SNOOZE_TASK),
          Role.SUPERVISOR,
          EnumSet.of(
              Action.VIEW_INBOX,
              Action.VIEW_OUTCOME,
              Action.START_OUTCOME,
              Action.SIGNAL_OUTCOME,
              Action.CLAIM_TASK,
              Action.RESOLVE_TASK,
              Action.SNOOZE_TASK,
              Action.REASSIGN_TASK,
              Action.CANCEL_OUTCOME,
              Action.VIEW_ANALYTICS),
          Role.ADMIN,
          EnumSet.allOf(Action.class),
          Role.AUDITOR,
          EnumSet.of(Action.READ_AUDIT_LOG, Action.VIEW_ANALYTICS),
          Role.SYSTEM,
          EnumSet.noneOf(Action.class),
          Role.CLINICIAN,
          EnumSet.of(
              Action.VIEW_INBOX,
              Action.VIEW_OUTCOME,
              Action.START_OUTCOME,
              Action.SIGNAL_OUTCOME,
              Action.CLAIM_TASK,
              Action.RESOLVE_TASK,
              Action.SNOOZE_TASK));

  @ParameterizedTest
  @EnumSource(Role.class)
  void everyRoleAndActionFollowsThePolicy(Role role) {
    for (Action action : Action.values()) {
      boolean expected = EXPECTED.get(role).contains(action);
      assertEquals(expected, Permissions.allows(role, action), role + " × " + action);
      if (expected) {
        assertDoesNotThrow(() -> Permissions.check(role, action));
      } else {
        PermissionDeniedException denied =
            assertThrows(PermissionDeniedException.class, () -> Permissions.check(role, action));
        assertEquals(role, denied.role());
        assertEquals(action, denied.action());
      }
    }
    assertEquals(EXPECTED.get(role), Permissions.actionsOf(role));
  }

  @Test
  void auditorWritesNothing() {
    for (Action action : Permissions.actionsOf(Role.AUDITOR)) {
      assertTrue(!action.writes(), action + " must not write");
    }
  }

  @Test
  void denialSaysWhoWhatAndWhatIsAllowed() {
    PermissionDeniedException denied =
        assertThrows(
            PermissionDeniedException.class,
            () -> Permissions.check(Role.AUDITOR, Action.RESOLVE_TASK));
    assertEquals(
        "role 'auditor' may not resolve-task (allowed: read-audit-log, view-analytics)",
        denied.getMessage());
    assertEquals(
        "role 'system' may not view-inbox (this role holds no actions)",
        assertThrows(
                PermissionDeniedException.class,
                () -> Permissions.check(Role.SYSTEM, Action.VIEW_INBOX))
            .getMessage());
  }

  @Test
  void unknownRoleCodeIsAClearError() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Role.fromCode("root"));
    assertTrue(e.getMessage().contains("coordinator, supervisor, admin, auditor"));
    assertEquals(Role.SUPERVISOR, Role.fromCode("supervisor"));
  }
}
