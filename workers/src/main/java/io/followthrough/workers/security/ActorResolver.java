package io.followthrough.workers.security;

import io.followthrough.activities.store.access.Actor;
import io.followthrough.activities.store.access.Role;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Turns a validated token into the {@link Actor} the service layer checks: the staff id from the
 * user claim ({@code followthrough.auth.user-claim}, default {@code sub}) and the role from the
 * roles claim ({@code followthrough.auth.roles-claim}, default {@code roles}; a dotted path such as
 * {@code realm_access.roles} reaches into nested claims). The claim may be a string or a list; the
 * first staff role it names (coordinator, supervisor, admin, auditor, clinician) wins. A token
 * without one is refused with {@link NoRoleException} (403): {@code system} is never granted by a
 * token.
 */
@Singleton
public final class ActorResolver {

  private static final List<Role> STAFF_ROLES =
      List.of(Role.COORDINATOR, Role.SUPERVISOR, Role.ADMIN, Role.AUDITOR, Role.CLINICIAN);

  private final String rolesClaim;
  private final String userClaim;

  public ActorResolver(
      @Value("${followthrough.auth.roles-claim:roles}") String rolesClaim,
      @Value("${followthrough.auth.user-claim:sub}") String userClaim) {
    this.rolesClaim = rolesClaim;
    this.userClaim = userClaim;
  }

  public Actor actor(Authentication authentication) {
    Role role = null;
    for (String value : values(claim(authentication.getAttributes(), rolesClaim))) {
      role = staffRole(value);
      if (role != null) {
        break;
      }
    }
    if (role == null && "roles".equals(rolesClaim)) {
      for (String value : authentication.getRoles()) {
        role = role == null ? staffRole(value) : role;
      }
    }
    if (role == null) {
      throw new NoRoleException(
          "the token carries no Followthrough role (coordinator, supervisor, admin, auditor or"
              + " clinician) in"
              + " claim '"
              + rolesClaim
              + "'");
    }
    Object user = claim(authentication.getAttributes(), userClaim);
    String id = user == null ? authentication.getName() : user.toString();
    try {
      return new Actor(id, role);
    } catch (IllegalArgumentException e) {
      throw new NoRoleException(
          "the token's '" + userClaim + "' claim is not a usable staff id (1..64, no spaces)");
    }
  }

  private static Role staffRole(String value) {
    for (Role role : STAFF_ROLES) {
      if (role.code().equalsIgnoreCase(value)) {
        return role;
      }
    }
    return null;
  }

  private static Object claim(Map<String, Object> attributes, String path) {
    Object current = attributes;
    for (String part : path.split("\\.")) {
      if (!(current instanceof Map<?, ?> map)) {
        return null;
      }
      current = map.get(part);
    }
    return current;
  }

  private static List<String> values(Object claim) {
    List<String> values = new ArrayList<>();
    if (claim instanceof Collection<?> many) {
      many.forEach(v -> values.add(String.valueOf(v)));
    } else if (claim instanceof Object[] array) {
      for (Object v : array) {
        values.add(String.valueOf(v));
      }
    } else if (claim != null) {
      for (String v : claim.toString().split("[ ,]+")) {
        values.add(v);
      }
    }
    return values;
  }
}
