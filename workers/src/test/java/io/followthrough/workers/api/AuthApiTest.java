package io.followthrough.workers.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.followthrough.workers.api.ApiStack.Answer;
import io.followthrough.workers.runtime.HttpRuntime;
import io.followthrough.workers.security.DevSigningSecret;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bearer tokens in dev: the dev login, who-am-I, and what happens without a usable token. */
class AuthApiTest {

  static ApiStack api;

  @BeforeAll
  static void start() {
    api = ApiStack.shared();
  }

  @Test
  void devLoginIssuesATokenThatSaysWhoAndWhatRole() throws Exception {
    Answer login =
        api.post(null, "/api/auth/dev-login", "{\"user\":\"ana\",\"role\":\"coordinator\"}");
    assertEquals(200, login.status(), login.body());
    assertEquals("ana", login.json().get("user").asText());
    assertEquals("coordinator", login.json().get("role").asText());
    Answer me = api.get(login.json().get("token").asText(), "/api/me");
    assertEquals(200, me.status(), me.body());
    assertEquals("ana", me.json().get("user").asText());
    assertEquals("coordinator", me.json().get("role").asText());
    assertTrue(me.json().get("actions").toString().contains("resolve-task"));

    Path secret = api.data.resolve(DevSigningSecret.FILE);
    assertTrue(Files.exists(secret), "the dev secret lives in the data folder");
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)));

    assertEquals(
        400,
        api.post(null, "/api/auth/dev-login", "{\"user\":\"ana\",\"role\":\"system\"}").status());
    assertEquals(
        400,
        api.post(null, "/api/auth/dev-login", "{\"user\":\"ana\",\"role\":\"boss\"}").status());
    assertEquals(
        400,
        api.post(null, "/api/auth/dev-login", "{\"user\":\"Ana Smith\",\"role\":\"admin\"}")
            .status());
  }

  @Test
  void missingForgedOrRolelessTokensAreRefusedWithJson() throws Exception {
    Answer none = api.get(null, "/api/tasks");
    assertEquals(401, none.status());
    assertEquals("UNAUTHORIZED", none.json().get("error").asText());
    assertTrue(none.json().get("message").asText().contains("bearer token"));

    String secret = Files.readString(api.data.resolve(DevSigningSecret.FILE)).trim();
    String roleless = sign(secret, Map.of());
    Answer noRole = api.get(roleless, "/api/me");
    assertEquals(403, noRole.status(), noRole.body());
    assertEquals("NO_ROLE", noRole.json().get("error").asText());
    assertEquals(
        200, api.get(sign(secret, Map.of("roles", List.of("auditor"))), "/api/me").status());

    String forged = sign("x".repeat(48), Map.of("roles", List.of("admin")));
    assertEquals(401, api.get(forged, "/api/audit").status(), "signed with another secret");
    String unsigned =
        new com.nimbusds.jwt.PlainJWT(
                new JWTClaimsSet.Builder()
                    .subject("u-1")
                    .claim("roles", List.of("admin"))
                    .expirationTime(new Date(System.currentTimeMillis() + 600_000))
                    .build())
            .serialize();
    assertEquals(401, api.get(unsigned, "/api/audit").status(), "alg none is never trusted");
    String valid = api.as("admin");
    String tampered = valid.substring(0, valid.length() - 4) + "AAAA";
    assertEquals(401, api.get(tampered, "/api/audit").status());

    assertEquals(200, api.get(null, "/health").status(), "health stays open");
    assertEquals(200, api.get(null, "/api/openapi.yaml").status(), "the API document is public");
  }

  @Test
  void devLoginDoesNotExistOutsideDev(@TempDir Path data) throws Exception {
    try (HttpRuntime http =
        HttpRuntime.start(
            Map.of("micronaut.server.port", -1, "followthrough.data-dir", data.toString()))) {
      String served = http.serveHttp();
      String url = served.endsWith("/") ? served.substring(0, served.length() - 1) : served;
      HttpResponse<String> login =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(url + "/api/auth/dev-login"))
                      .header("Content-Type", "application/json")
                      .POST(
                          HttpRequest.BodyPublishers.ofString(
                              "{\"user\":\"ana\",\"role\":\"admin\"}"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(404, login.statusCode(), login.body());
      String unsigned =
          new com.nimbusds.jwt.PlainJWT(
                  new JWTClaimsSet.Builder()
                      .subject("u-1")
                      .claim("roles", List.of("admin"))
                      .expirationTime(new Date(System.currentTimeMillis() + 600_000))
                      .build())
              .serialize();
      HttpResponse<String> me =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(url + "/api/me"))
                      .header("Authorization", "Bearer " + unsigned)
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(401, me.statusCode(), "without any signature configured no token is trusted");
      assertTrue(!Files.exists(data.resolve(DevSigningSecret.FILE)), "no dev secret outside dev");
    }
  }

  static String sign(String secret, Map<String, Object> claims) throws Exception {
    JWTClaimsSet.Builder set =
        new JWTClaimsSet.Builder()
            .subject("u-77")
            .issueTime(new Date())
            .expirationTime(new Date(System.currentTimeMillis() + 600_000));
    claims.forEach(set::claim);
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), set.build());
    jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
    return jwt.serialize();
  }
}
