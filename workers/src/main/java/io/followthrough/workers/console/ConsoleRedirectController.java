package io.followthrough.workers.console;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.net.URI;

/**
 * In dev, the bare address ({@code http://127.0.0.1:8080/}) opens the console. Outside dev the root
 * stays unmapped: a production deployment decides what its root shows.
 */
@Controller
@Requires(property = "followthrough.dev-mode", value = "true")
public final class ConsoleRedirectController {

  private static final URI CONSOLE = URI.create("/console/");

  /** 303 to the console's start page. */
  @Get
  public HttpResponse<?> root() {
    return HttpResponse.seeOther(CONSOLE);
  }
}
