package io.followthrough.workers.intake;

import io.followthrough.workers.fixtures.RunningDevServer;
import io.followthrough.workers.runtime.HttpRuntime;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

/** A dev Temporal server plus the HTTP app with intake, on free ports, for endpoint tests. */
final class IntakeStack implements AutoCloseable {
  final RunningDevServer dev;
  final HttpRuntime http;
  final String url;
  final HttpClient client = HttpClient.newHttpClient();
  private String token;

  IntakeStack(Path data, long maxBytes) {
    dev = new RunningDevServer(data);
    http =
        HttpRuntime.start(
            Map.of(
                "micronaut.server.port",
                -1,
                "followthrough.dev-mode",
                true,
                "followthrough.auth.dev-login",
                true,
                "followthrough.data-dir",
                data.toString(),
                "followthrough.intake.max-bytes",
                maxBytes,
                "followthrough.intake.media-fetch-timeout",
                "2s"));
    http.useTemporal(dev.stubs, dev.client);
    url = http.serveHttp();
  }

  /** A dev-login token of a coordinator, fetched once. */
  String token() throws Exception {
    if (token == null) {
      HttpResponse<String> login =
          client.send(
              HttpRequest.newBuilder(URI.create(url + "/api/auth/dev-login"))
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"user\":\"coord-1\",\"role\":\"coordinator\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      token =
          new com.fasterxml.jackson.databind.ObjectMapper()
              .readTree(login.body())
              .get("token")
              .asText();
    }
    return token;
  }

  HttpResponse<String> post(String path, String contentType, byte[] body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url + path))
            .header("Authorization", "Bearer " + token())
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> get(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(url + path))
            .header("Authorization", "Bearer " + token())
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() {
    http.close();
    dev.close();
  }
}
