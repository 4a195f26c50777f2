package io.followthrough.workers.api;

import io.followthrough.activities.store.access.Actor;
import io.followthrough.workers.security.ActorResolver;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.authentication.Authentication;

/** {@code GET /api/me}: the caller's staff id, role and the actions the role holds. */
@Controller("/api/me")
public final class MeController {

  private final ActorResolver actors;

  public MeController(ActorResolver actors) {
    this.actors = actors;
  }

  @Get
  public Identity me(Authentication authentication) {
    Actor actor = actors.actor(authentication);
    return Identity.of(actor);
  }
}
