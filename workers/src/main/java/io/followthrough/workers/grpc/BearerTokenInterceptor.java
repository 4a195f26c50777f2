package io.followthrough.workers.grpc;

import io.followthrough.activities.store.access.Actor;
import io.followthrough.workers.security.ActorResolver;
import io.followthrough.workers.security.NoRoleException;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import reactor.core.publisher.Mono;

/**
 * Authenticates every gRPC call with the HTTP API's bearer tokens: metadata {@code authorization:
 * Bearer <JWT>}, validated by the same Micronaut Security token validators (dev-login secret or the
 * OIDC provider's keys) and mapped to an {@link Actor} by the same {@link ActorResolver}. No or a
 * bad token is UNAUTHENTICATED; a token without a Followthrough role is PERMISSION_DENIED.
 */
@Singleton
public final class BearerTokenInterceptor implements ServerInterceptor {

  static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

  private static final Duration VALIDATION_TIMEOUT = Duration.ofSeconds(10);

  private final List<TokenValidator<?>> validators;
  private final ActorResolver actors;

  public BearerTokenInterceptor(List<TokenValidator<?>> validators, ActorResolver actors) {
    this.validators = validators;
    this.actors = actors;
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    String header = headers.get(AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return refuse(
          call,
          Status.UNAUTHENTICATED.withDescription("send metadata authorization: Bearer <token>"));
    }
    Optional<Authentication> authentication = validate(header.substring(7).trim());
    if (authentication.isEmpty()) {
      return refuse(call, Status.UNAUTHENTICATED.withDescription("invalid or expired token"));
    }
    Actor actor;
    try {
      actor = actors.actor(authentication.get());
    } catch (NoRoleException e) {
      return refuse(call, Status.PERMISSION_DENIED.withDescription(e.getMessage()));
    }
    return Contexts.interceptCall(
        Context.current().withValue(CallerIdentity.ACTOR, actor), call, headers, next);
  }

  private Optional<Authentication> validate(String token) {
    for (TokenValidator<?> validator : validators) {
      Authentication authentication;
      try {
        authentication = Mono.from(validator.validateToken(token, null)).block(VALIDATION_TIMEOUT);
      } catch (RuntimeException e) {
        authentication = null; // a validator that cannot read this token: try the next
      }
      if (authentication != null) {
        return Optional.of(authentication);
      }
    }
    return Optional.empty();
  }

  private static <Q, R> ServerCall.Listener<Q> refuse(ServerCall<Q, R> call, Status status) {
    call.close(status, new Metadata());
    return new ServerCall.Listener<>() {};
  }
}
