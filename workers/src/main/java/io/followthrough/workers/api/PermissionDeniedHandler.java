package io.followthrough.workers.api;

import io.followthrough.activities.store.access.PermissionDeniedException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A role without the action: 403 naming the role, the action and what it may do. */
@Produces
@Singleton
public final class PermissionDeniedHandler
    implements ExceptionHandler<PermissionDeniedException, HttpResponse<?>> {

  @Override
  public HttpResponse<?> handle(HttpRequest request, PermissionDeniedException e) {
    return ApiErrors.of(HttpStatus.FORBIDDEN, "FORBIDDEN", e.getMessage());
  }
}
