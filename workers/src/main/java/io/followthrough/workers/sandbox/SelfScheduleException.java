package io.followthrough.workers.sandbox;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import java.util.Map;

/**
 * A self-schedule link that cannot be served now: an HTTP status, a code and a PHI-free message.
 */
final class SelfScheduleException extends RuntimeException {
  private final HttpStatus status;
  private final String code;

  SelfScheduleException(HttpStatus status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  HttpStatus status() {
    return status;
  }

  String code() {
    return code;
  }

  HttpResponse<Map<String, String>> response() {
    return HttpResponse.<Map<String, String>>status(status)
        .body(Map.of("error", code, "message", getMessage()));
  }
}
