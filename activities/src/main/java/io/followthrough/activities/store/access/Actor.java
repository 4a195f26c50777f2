package io.followthrough.activities.store.access;

import java.util.Objects;

/**
 * A person (or component) acting, as established by the API's authentication.
 *
 * @param id staff id, e.g. {@code u-1042}; never a name or e-mail address
 * @param role the role the actor acts in
 */
public record Actor(String id, Role role) {
  public Actor {
    if (id == null || id.isBlank() || id.length() > 64 || id.contains(" ")) {
      throw new IllegalArgumentException("actor id must be a staff id of 1..64 characters");
    }
    Objects.requireNonNull(role, "role is required");
  }
}
