package io.followthrough.workers.intake;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import java.util.Map;

/** The JSON error bodies of the intake endpoints: a reason code and a one-line message. */
final class IntakeErrors {

  private IntakeErrors() {}

  static HttpResponse<Map<String, String>> of(IngestRejectedException e) {
    return HttpResponse.<Map<String, String>>status(HttpStatus.valueOf(e.httpStatus()))
        .body(Map.of("error", e.reason().name(), "message", e.getMessage()));
  }

  static HttpResponse<Map<String, String>> badRequest(String code, String message) {
    return HttpResponse.<Map<String, String>>badRequest()
        .body(Map.of("error", code, "message", message));
  }
}
