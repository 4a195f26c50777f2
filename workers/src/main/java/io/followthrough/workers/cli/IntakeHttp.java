package io.followthrough.workers.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.followthrough.workers.runtime.ConfigurationProblem;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** The CLI's side of the intake HTTP API of a running stack. */
final class IntakeHttp {

  /** A server answer: status and JSON body. */
  record Answer(int status, JsonNode body) {}

  private final URI base;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Map<String, String> env;
  private String token;

  IntakeHttp(URI base) {
    this(base, System.getenv());
  }

  /**
   * @param env where {@value ApiToken#ENV} is read from
   */
  IntakeHttp(URI base, Map<String, String> env) {
    this.base = base;
    this.env = env;
  }

  /** Uploads {@code file} as the raw body; the server reads the type from the content. */
  Answer upload(Path file) throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(base.resolve("/api/documents"))
            .timeout(Duration.ofMinutes(2))
            .header("Content-Type", "application/octet-stream")
            .POST(HttpRequest.BodyPublishers.ofFile(file)));
  }

  /** Where the intake of {@code documentId} stands (field names only, no values). */
  Answer status(String documentId) throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(base.resolve("/api/documents/" + documentId + "?fields=false"))
            .timeout(Duration.ofSeconds(30))
            .GET());
  }

  private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
    try {
      if (token == null) {
        token = ApiToken.obtain(base, client, env);
      }
      HttpResponse<String> response =
          client.send(
              request.header("Authorization", "Bearer " + token).build(),
              HttpResponse.BodyHandlers.ofString());
      JsonNode body;
      try {
        body = Json.MAPPER.readTree(response.body());
      } catch (IOException notJson) {
        body = Json.MAPPER.createObjectNode().put("message", "HTTP " + response.statusCode());
      }
      return new Answer(response.statusCode(), body);
    } catch (ConnectException e) {
      throw new ConfigurationProblem(
          "cannot reach Followthrough at " + base + " (is `followthrough dev` running? see --http)",
          e);
    }
  }
}
