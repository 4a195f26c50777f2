package io.followthrough.workers.api;

import io.followthrough.workers.ops.OperationException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A failed operation as 400, 404, 409, 422 or 503 with its code and message. */
@Produces
@Singleton
public final class OperationExceptionHandler
    implements ExceptionHandler<OperationException, HttpResponse<?>> {

  @Override
  public HttpResponse<?> handle(HttpRequest request, OperationException e) {
    return ApiErrors.of(ApiErrors.status(e.kind()), e.code(), e.getMessage());
  }
}
