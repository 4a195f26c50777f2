package io.followthrough.workers.api;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Every error Micronaut answers itself (unauthenticated, forbidden by a security rule, unknown
 * route, unreadable JSON, missing parameter) in the API's shape {@code {"error","message"}} instead
 * of Micronaut's default error document.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
public final class ApiErrorBodyProvider
    implements JsonErrorResponseBodyProvider<Map<String, String>> {

  @Override
  public Map<String, String> body(ErrorContext context, HttpResponse<?> response) {
    HttpStatus status = response.status();
    Map<String, String> body = new LinkedHashMap<>();
    body.put("error", status.name().toUpperCase(Locale.ROOT));
    body.put("message", message(context, status));
    return body;
  }

  private static String message(ErrorContext context, HttpStatus status) {
    return switch (status) {
      case UNAUTHORIZED -> "a valid bearer token is required (Authorization: Bearer <jwt>)";
      case FORBIDDEN -> "this token may not do that";
      default ->
          context.getErrors().isEmpty()
              ? status.getReason()
              : withoutValues(context.getErrors().get(0).getMessage());
    };
  }

  /** Micronaut quotes rejected input ("for value [...]"); input may be PHI, so it is cut. */
  static String withoutValues(String message) {
    if (message == null) {
      return null;
    }
    String cut = message.replaceAll("(?s)for value \\[.*?\\]( due to)?", "").trim();
    int source = cut.indexOf("[Source:");
    if (source >= 0) {
      cut = cut.substring(0, source).trim();
    }
    return cut.length() > 300 ? cut.substring(0, 300) : cut;
  }
}
