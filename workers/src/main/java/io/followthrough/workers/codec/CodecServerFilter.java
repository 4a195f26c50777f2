package io.followthrough.workers.codec;

import io.micronaut.context.annotation.Requires;
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
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CORS and the optional bearer token for the Codec Server paths only. Only the configured origins
 * ({@code followthrough.codec.cors-origin}, comma-separated: the Temporal Web UI, e.g. both {@code
 * http://localhost:8233} and {@code http://127.0.0.1:8233}) get CORS headers, with credentials
 * allowed as the Web UI expects; preflight requests are answered here and need no token, since
 * browsers never send one on preflight.
 */
@Requires(property = "followthrough.codec.server-enabled", notEquals = "false")
@ServerFilter({"/codec/**", "/encode", "/decode"})
public class CodecServerFilter {
  private static final Logger log = LoggerFactory.getLogger(CodecServerFilter.class);
  private final Set<String> corsOrigins;
  private final byte[] authToken;

  public CodecServerFilter(CodecProperties properties) {
    String origins = blankToNull(properties.corsOrigin());
    this.corsOrigins =
        origins == null
            ? Set.of()
            : Arrays.stream(origins.split(","))
                .map(String::strip)
                .filter(o -> !o.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    String token = blankToNull(properties.authToken());
    this.authToken = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    if (token == null && !properties.devMode()) {
      log.warn(
          "Codec Server has no followthrough.codec.auth-token: anyone who can reach it can decrypt"
              + " payloads; keep it on a private network or set the token");
    }
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
    if (origin != null && corsOrigins.contains(origin)) {
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
