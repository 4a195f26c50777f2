package io.followthrough.workers.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code GET /api/openapi.yaml}: the generated OpenAPI document, without a token. */
@Controller("/api/openapi.yaml")
@Hidden
public final class OpenApiController {

  /** Where the Micronaut OpenAPI processor writes the document (see the workers pom). */
  public static final String RESOURCE = "META-INF/swagger/followthrough-api.yml";

  private final byte[] document = load();

  @Get(produces = "application/yaml")
  public HttpResponse<byte[]> document() {
    return HttpResponse.ok(document);
  }

  private static byte[] load() {
    try (InputStream in = OpenApiController.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing: build with the OpenAPI processor");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
