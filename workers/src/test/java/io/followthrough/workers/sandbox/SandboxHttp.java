package io.followthrough.workers.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.followthrough.workers.runtime.HttpRuntime;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The HTTP app on a free port with a data directory, plus a small JSON client, for tests. */
final class SandboxHttp implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();

  final HttpRuntime http;
  final String url;
  private final HttpClient client = HttpClient.newHttpClient();

  SandboxHttp(Path data, Map<String, Object> extra) {
    Map<String, Object> properties = new HashMap<>(extra);
    properties.put("micronaut.server.port", -1);
    properties.put("followthrough.data-dir", data.toString());
    http = HttpRuntime.start(properties);
    url = http.serveHttp();
  }

  HttpResponse<String> get(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(url + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String json, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode body(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body());
  }

  @Override
  public void close() {
    http.close();
  }
}
