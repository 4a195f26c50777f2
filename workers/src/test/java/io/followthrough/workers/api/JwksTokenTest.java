package io.followthrough.workers.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import io.followthrough.workers.runtime.HttpRuntime;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Production validation: tokens signed by an OIDC provider's RSA key, verified against its JWKS
 * (served here by a local HTTP server), with issuer, audience and a nested roles claim configured.
 */
class JwksTokenTest {

  static final String ISSUER = "https://id.example.test/realms/clinic";
  static final String AUDIENCE = "followthrough-api";

  static RSAKey providerKey;
  static RSAKey strangerKey;
  static HttpServer jwks;
  static HttpRuntime http;
  static String url;
  static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void start(@TempDir Path data) throws Exception {
    providerKey = new RSAKeyGenerator(2048).keyID("clinic-1").generate();
    strangerKey = new RSAKeyGenerator(2048).keyID("clinic-1").generate();
    byte[] keys = new JWKSet(providerKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
    jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    jwks.createContext(
        "/certs",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, keys.length);
          exchange.getResponseBody().write(keys);
          exchange.close();
        });
    jwks.start();
    http =
        HttpRuntime.start(
            Map.of(
                "micronaut.server.port",
                -1,
                "followthrough.data-dir",
                data.toString(),
                "followthrough.auth.oidc.jwks-uri",
                "http://127.0.0.1:" + jwks.getAddress().getPort() + "/certs",
                "followthrough.auth.oidc.issuer",
                ISSUER,
                "followthrough.auth.oidc.audience",
                AUDIENCE,
                "followthrough.auth.roles-claim",
                "realm_access.roles",
                "followthrough.auth.user-claim",
                "preferred_username"));
    String served = http.serveHttp();
    url = served.endsWith("/") ? served.substring(0, served.length() - 1) : served;
  }

  @AfterAll
  static void stop() {
    http.close();
    jwks.stop(0);
  }

  static JWTClaimsSet.Builder claims() {
    return new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .audience(List.of(AUDIENCE, "account"))
        .subject("0b6c2f5e-9d7a-4c1e-8a43-5f0c1d2e3b4a")
        .claim("preferred_username", "sup-7")
        .claim("realm_access", Map.of("roles", List.of("offline_access", "supervisor")))
        .issueTime(new Date())
        .expirationTime(new Date(System.currentTimeMillis() + 300_000));
  }

  static String sign(RSAKey key, JWTClaimsSet claims) throws Exception {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  static HttpResponse<String> me(String token) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create(url + "/api/me"))
            .header("Authorization", "Bearer " + token)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void providerTokensAreAcceptedWithTheirRoleAndStaffId() throws Exception {
    HttpResponse<String> me = me(sign(providerKey, claims().build()));
    assertEquals(200, me.statusCode(), me.body());
    var body = new ObjectMapper().readTree(me.body());
    assertEquals("sup-7", body.get("user").asText());
    assertEquals("supervisor", body.get("role").asText());
  }

  @Test
  void foreignExpiredAndMisaddressedTokensAreUnauthorized() throws Exception {
    assertEquals(
        401, me(sign(strangerKey, claims().build())).statusCode(), "not the provider's key");
    assertEquals(
        401,
        me(sign(
                providerKey,
                claims().expirationTime(new Date(System.currentTimeMillis() - 120_000)).build()))
            .statusCode(),
        "expired");
    assertEquals(
        401,
        me(sign(providerKey, claims().issuer("https://evil.example.test").build())).statusCode(),
        "other issuer");
    assertEquals(
        401,
        me(sign(providerKey, claims().audience("another-app").build())).statusCode(),
        "other audience");
  }

  @Test
  void aProviderTokenWithoutAStaffRoleIsForbidden() throws Exception {
    HttpResponse<String> me =
        me(
            sign(
                providerKey,
                claims()
                    .claim("realm_access", Map.of("roles", List.of("offline_access")))
                    .build()));
    assertEquals(403, me.statusCode(), me.body());
    assertTrue(me.body().contains("NO_ROLE"), me.body());
    assertTrue(me.body().contains("realm_access.roles"), me.body());
  }

  @Test
  void noDevLoginBesideAProvider() throws Exception {
    HttpResponse<String> login =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(url + "/api/auth/dev-login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"x\",\"role\":\"admin\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(404, login.statusCode());
  }
}
