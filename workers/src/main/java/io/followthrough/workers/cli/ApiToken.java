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
 * The bearer token CLI verbs send to the HTTP and gRPC APIs: {@code --token}, else {@code
 * FOLLOWTHROUGH_TOKEN} (or its older name {@code FOLLOWTHROUGH_API_TOKEN}) — a token from the OIDC
 * provider — else a `followthrough dev` login as staff id {@code cli}, by default with role {@code
 * coordinator}. Outside dev without a token the verb stops with exit code 3.
 */
final class ApiToken {

  /** Environment variable holding a bearer token. */
  static final String ENV = "FOLLOWTHROUGH_TOKEN";

  /** The variable's earlier name, still read. */
  static final String LEGACY_ENV = "FOLLOWTHROUGH_API_TOKEN";

  private ApiToken() {}

  static String obtain(URI base, HttpClient client, Map<String, String> env)
      throws IOException, InterruptedException {
    return obtain(null, base, client, env, "coordinator");
  }

  /**
   * @param flag the {@code --token} value, or null
   * @param base HTTP address of the running stack, for the dev login
   * @param devRole role the dev login asks for
   */
  static String obtain(
      String flag, URI base, HttpClient client, Map<String, String> env, String devRole)
      throws IOException, InterruptedException {
    for (String configured : new String[] {flag, env.get(ENV), env.get(LEGACY_ENV)}) {
      if (configured != null && !configured.isBlank()) {
        return configured.trim();
      }
    }
    if (devRole == null || !devRole.matches("[a-z]{1,32}")) {
      throw new ConfigurationProblem("--dev-role must be a role such as coordinator", null);
    }
    HttpRequest login =
        HttpRequest.newBuilder(base.resolve("/api/auth/dev-login"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"user\":\"cli\",\"role\":\"" + devRole + "\"}"))
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
          "the API at "
              + base
              + " needs a bearer token: set --token or "
              + ENV
              + " (dev login is off"
              + (response.statusCode() == 400 ? " or --dev-role is not a staff role" : "")
              + ")",
          null);
    }
    JsonNode body = Json.MAPPER.readTree(response.body());
    return body.path("token").asText();
  }
}
