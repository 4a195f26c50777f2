package io.followthrough.workers.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.workers.api.ApiStack.Answer;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The served OpenAPI document names every /api route the running app has, and no other. */
class OpenApiDocumentTest {

  @Test
  void everyApiRouteIsDocumented() {
    ApiStack api = ApiStack.shared();
    Answer answer = api.get(null, "/api/openapi.yaml");
    assertEquals(200, answer.status());
    Map<String, Object> document = new Yaml().load(answer.body());
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> paths =
        (Map<String, Map<String, Object>>) document.get("paths");
    Set<String> documented = new TreeSet<>();
    paths.forEach(
        (path, operations) ->
            operations
                .keySet()
                .forEach(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path)));

    Set<String> routed = new TreeSet<>();
    api.stack
        .bean(Router.class)
        .uriRoutes()
        .map(route -> (UriRouteInfo<?, ?>) route)
        .forEach(
            route -> {
              String path =
                  route.getUriMatchTemplate().toPathString().replaceAll("\\{\\?[^}]*}", "");
              // HEAD routes are Micronaut's automatic twins of GET routes.
              if (path.startsWith("/api/")
                  && !path.equals("/api/openapi.yaml")
                  && !route.getHttpMethodName().equals("HEAD")) {
                routed.add(route.getHttpMethodName() + " " + path);
              }
            });
    assertTrue(routed.size() >= 17, routed.toString());
    for (String route : routed) {
      assertTrue(documented.contains(route), route + " missing from the OpenAPI document");
    }
    for (String operation : documented) {
      if (operation.contains(" /api/")) {
        assertTrue(routed.contains(operation), operation + " is documented but not served");
      }
    }
  }
}
