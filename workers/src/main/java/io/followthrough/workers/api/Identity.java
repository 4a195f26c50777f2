package io.followthrough.workers.api;

import io.followthrough.activities.store.access.Action;
import io.followthrough.activities.store.access.Actor;
import io.followthrough.activities.store.access.Permissions;
import java.util.List;

/**
 * Who the caller is: {@code GET /api/me}.
 *
 * @param user staff id
 * @param role role code
 * @param actions the actions the role holds (e.g. {@code resolve-task}), for hiding what it may not
 *     do
 */
public record Identity(String user, String role, List<String> actions) {

  static Identity of(Actor actor) {
    return new Identity(
        actor.id(),
        actor.role().code(),
        Permissions.actionsOf(actor.role()).stream().map(Action::code).sorted().toList());
  }
}
