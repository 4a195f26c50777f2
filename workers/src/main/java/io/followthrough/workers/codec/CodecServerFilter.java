package io.followthrough.workers.codec;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * CORS and the optional bearer token for the Codec Server paths only. Only the configured origin
 * ({@code followthrough.codec.cors-origin}, the Temporal Web UI) gets CORS headers, with
 * credentials allowed as the Web UI expects; preflight requests are answered here and need no
 * token, since browsers never send one on preflight.
 */
@ServerFilter({"/codec/**", "/encode", "/decode"})
public class CodecServerFilter {
  private final String corsOrigin;
  private final byte[] authToken;

  public CodecServerFilter(CodecProperties properties) {
    this.corsOrigin = blankToNull(properties.corsOrigin());
    String token = blankToNull(properties.authToken());
    this.authToken = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
  }

  @RequestFilter
  @Nullable
  HttpResponse<?> check(HttpRequest<?> request) {
    if (request.getMethod() == HttpMethod.OPTIONS) {
      return withCors(HttpResponse.ok(), request);
    }
    if (authToken != null && !authorized(request.getHeaders().get(HttpHeaders.AUTHORIZATION))) {
      return withCors(
          HttpResponse.status(HttpStatus.UNAUTHORIZED)
              .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer"),
          request);
    }
    return null;
  }

  @ResponseFilter
  void addCors(HttpRequest<?> request, MutableHttpResponse<?> response) {
    withCors(response, request);
  }

  private boolean authorized(@Nullable String header) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    byte[] presented = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(presented, authToken);
  }

  private MutableHttpResponse<?> withCors(MutableHttpResponse<?> response, HttpRequest<?> request) {
    String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
    if (corsOrigin != null && corsOrigin.equals(origin)) {
      MutableHttpHeaders headers = response.getHeaders();
      headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
      headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "POST");
      headers.set(
          HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, "Content-Type, X-Namespace, Authorization");
      headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");
      headers.set(HttpHeaders.VARY, HttpHeaders.ORIGIN);
    }
    return response;
  }

  private static String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
