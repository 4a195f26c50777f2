package io.followthrough.workers.sandbox;

import io.followthrough.activities.channels.ChannelException;
import io.followthrough.activities.practice.PracticeException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import java.util.Map;

/** JSON error bodies of the sandbox endpoints: a code and a one-line message (refs only). */
final class SandboxErrors {

  private SandboxErrors() {}

  static HttpResponse<Map<String, String>> of(PracticeException e) {
    return status(statusOf(e.code()), e.code(), e.getMessage());
  }

  static HttpResponse<Map<String, String>> of(ChannelException e) {
    return status(statusOf(e.code()), e.code(), e.getMessage());
  }

  static HttpResponse<Map<String, String>> badRequest(String message) {
    return status(HttpStatus.BAD_REQUEST, "InvalidInput", message);
  }

  static HttpResponse<Map<String, String>> notFound(String code, String message) {
    return status(HttpStatus.NOT_FOUND, code, message);
  }

  private static HttpStatus statusOf(String code) {
    return switch (code) {
      case "PatientNotFound", "SlotNotFound", "AppointmentNotFound", "UnknownRecipient" ->
          HttpStatus.NOT_FOUND;
      case "SlotTaken", "InvalidAppointmentTransition" -> HttpStatus.CONFLICT;
      default -> HttpStatus.BAD_REQUEST;
    };
  }

  private static HttpResponse<Map<String, String>> status(
      HttpStatus status, String code, String message) {
    return HttpResponse.<Map<String, String>>status(status)
        .body(Map.of("error", code, "message", message == null ? code : message));
  }
}
