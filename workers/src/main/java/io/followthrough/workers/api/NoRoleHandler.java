package io.followthrough.workers.api;

import io.followthrough.workers.security.NoRoleException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A valid token without a Followthrough role or usable staff id: 403. */
@Produces
@Singleton
public final class NoRoleHandler implements ExceptionHandler<NoRoleException, HttpResponse<?>> {

  @Override
  public HttpResponse<?> handle(HttpRequest request, NoRoleException e) {
    return ApiErrors.of(HttpStatus.FORBIDDEN, "NO_ROLE", e.getMessage());
  }
}
