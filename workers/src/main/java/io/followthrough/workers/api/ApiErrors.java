package io.followthrough.workers.api;

import io.followthrough.workers.ops.OperationException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import java.util.Map;

/** The API's error bodies: {@code {"error": CODE, "message": "..."}}, message safe to show. */
public final class ApiErrors {

  private ApiErrors() {}

  public static MutableHttpResponse<Map<String, String>> of(
      HttpStatus status, String code, String message) {
    return HttpResponse.<Map<String, String>>status(status)
        .body(Map.of("error", code, "message", message == null ? status.getReason() : message));
  }

  /** The HTTP status of a failed operation. */
  public static HttpStatus status(OperationException.Kind kind) {
    return switch (kind) {
      case BAD_REQUEST -> HttpStatus.BAD_REQUEST;
      case NOT_FOUND -> HttpStatus.NOT_FOUND;
      case CONFLICT -> HttpStatus.CONFLICT;
      case REJECTED -> HttpStatus.UNPROCESSABLE_ENTITY;
      case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
    };
  }
}
