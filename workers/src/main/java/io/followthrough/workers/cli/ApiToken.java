package io.followthrough.workers.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.followthrough.workers.runtime.ConfigurationProblem;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * The bearer token CLI verbs send to the HTTP API: {@code FOLLOWTHROUGH_API_TOKEN} when set (a
 * token from the OIDC provider), else a `followthrough dev` login as staff id {@code cli} with role
 * {@code coordinator}. Outside dev without the variable the verb stops with exit code 3.
 */
final class ApiToken {

  /** Environment variable holding a bearer token for the HTTP API. */
  static final String ENV = "FOLLOWTHROUGH_API_TOKEN";

  private ApiToken() {}

  static String obtain(URI base, HttpClient client, Map<String, String> env)
      throws IOException, InterruptedException {
    String configured = env.get(ENV);
    if (configured != null && !configured.isBlank()) {
      return configured.trim();
    }
    HttpRequest login =
        HttpRequest.newBuilder(base.resolve("/api/auth/dev-login"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString("{\"user\":\"cli\",\"role\":\"coordinator\"}"))
            .build();
    HttpResponse<String> response;
    try {
      response = client.send(login, HttpResponse.BodyHandlers.ofString());
    } catch (ConnectException e) {
      throw new ConfigurationProblem(
          "cannot reach Followthrough at " + base + " (is `followthrough dev` running? see --http)",
          e);
    }
    if (response.statusCode() != 200) {
      throw new ConfigurationProblem(
          "the API at " + base + " needs a bearer token: set " + ENV + " (dev login is off)", null);
    }
    JsonNode body = Json.MAPPER.readTree(response.body());
    return body.path("token").asText();
  }
}
