package io.followthrough.workers.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.workers.runtime.HttpRuntime;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console's files are served by the app without a session, every file they load exists (the
 * Chart.js WebJar path matches the pinned version, every module import resolves), and the bare
 * address opens the console in dev only.
 */
class ConsoleResourcesTest {

  private static final Pattern PAGE_ASSET = Pattern.compile("(?:src|href)=\"(/[^\"]+)\"");
  private static final Pattern MODULE_IMPORT =
      Pattern.compile("(?:from|import)\\s+'(\\.{1,2}/[^']+\\.js)'");

  private final HttpClient client =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @TempDir Path data;

  private HttpResponse<String> get(String url) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpRuntime start(boolean devMode) {
    return HttpRuntime.start(
        Map.of(
            "micronaut.server.port",
            -1,
            "followthrough.data-dir",
            data.toString(),
            "followthrough.dev-mode",
            devMode));
  }

  @Test
  void pageAndEverythingItLoadsAreServedWithoutASession() throws Exception {
    try (HttpRuntime http = start(true)) {
      String base = http.serveHttp().replaceAll("/$", "");
      HttpResponse<String> page = get(base + "/console/");
      assertEquals(200, page.statusCode());
      assertTrue(page.headers().firstValue("content-type").orElse("").startsWith("text/html"));
      assertTrue(page.body().contains("<main id=\"main\""), page.body());

      Set<String> assets = new HashSet<>();
      Matcher asset = PAGE_ASSET.matcher(page.body());
      while (asset.find()) {
        assets.add(asset.group(1));
      }
      assertTrue(assets.stream().anyMatch(a -> a.startsWith("/webjars/chart.js/")), "" + assets);
      assertTrue(assets.contains("/console/js/app.js"), "" + assets);
      for (String path : assets) {
        assertEquals(200, get(base + path).statusCode(), path);
      }

      // Every ES module reachable from app.js resolves (a typo would blank the console).
      Deque<URI> modules = new ArrayDeque<>();
      Set<URI> seen = new HashSet<>();
      modules.add(URI.create(base + "/console/js/app.js"));
      while (!modules.isEmpty()) {
        URI module = modules.pop();
        if (!seen.add(module)) {
          continue;
        }
        HttpResponse<String> js = get(module.toString());
        assertEquals(200, js.statusCode(), module.toString());
        assertTrue(
            js.headers().firstValue("content-type").orElse("").contains("javascript"),
            module.toString());
        Matcher imports = MODULE_IMPORT.matcher(js.body());
        while (imports.find()) {
          modules.add(module.resolve(imports.group(1)));
        }
      }
      assertTrue(seen.size() >= 10, "modules found: " + seen);
    }
  }

  @Test
  void theBareAddressOpensTheConsoleInDevOnly() throws Exception {
    try (HttpRuntime http = start(true)) {
      HttpResponse<String> root = get(http.serveHttp());
      assertEquals(303, root.statusCode());
      assertEquals("/console/", root.headers().firstValue("location").orElse(""));
    }
    try (HttpRuntime http = start(false)) {
      HttpResponse<String> root = get(http.serveHttp());
      assertNotEquals(303, root.statusCode());
      assertFalse(root.headers().firstValue("location").isPresent());
      assertEquals(200, get(http.serveHttp().replaceAll("/$", "") + "/console/").statusCode());
    }
  }
}
