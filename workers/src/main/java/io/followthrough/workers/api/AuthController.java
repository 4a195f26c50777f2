package io.followthrough.workers.api;

import io.followthrough.activities.store.access.Actor;
import io.followthrough.activities.store.access.Role;
import io.followthrough.workers.security.DevAuthFactory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/auth/dev-login}: a token for any staff id and role, without a password. Exists
 * only in `followthrough dev` (the route is absent, 404, anywhere else); production tokens come
 * from the OIDC provider.
 */
@Controller("/api/auth")
@Requires(property = DevAuthFactory.DEV_LOGIN, value = "true")
public final class AuthController {

  private final TokenGenerator tokens;
  private final int expiresIn;

  public AuthController(
      TokenGenerator tokens,
      @Value("${micronaut.security.token.generator.access-token.expiration:3600}") int expiresIn) {
    this.tokens = tokens;
    this.expiresIn = expiresIn;
  }

  @Post("/dev-login")
  public HttpResponse<?> devLogin(@Nullable @Body DevLoginRequest request) {
    if (request == null || request.user() == null || request.role() == null) {
      return ApiErrors.of(
          HttpStatus.BAD_REQUEST,
          "BAD_REQUEST",
          "send {\"user\":\"<staff id>\",\"role\":\"coordinator|supervisor|admin|auditor|clinician\"}");
    }
    Actor actor;
    try {
      actor = new Actor(request.user(), Role.fromCode(request.role()));
    } catch (IllegalArgumentException e) {
      return ApiErrors.of(HttpStatus.BAD_REQUEST, "BAD_REQUEST", e.getMessage());
    }
    if (actor.role() == Role.SYSTEM) {
      return ApiErrors.of(
          HttpStatus.BAD_REQUEST, "BAD_REQUEST", "role must be a staff role, not system");
    }
    String token =
        tokens
            .generateToken(
                Authentication.build(actor.id(), List.of(actor.role().code()), Map.of()), expiresIn)
            .orElseThrow(() -> new IllegalStateException("the dev token could not be signed"));
    return HttpResponse.ok(new DevToken(token, actor.id(), actor.role().code(), expiresIn));
  }
}
