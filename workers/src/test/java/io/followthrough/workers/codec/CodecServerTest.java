package io.followthrough.workers.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.util.JsonFormat;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.common.v1.Payloads;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Requests shaped like the Temporal Web UI's, over real HTTP against the embedded server. */
@MicronautTest
@Property(name = "micronaut.server.port", value = "-1")
@Property(name = "followthrough.codec.keys", value = CodecServerTest.KEYS)
@Property(
    name = "followthrough.codec.cors-origin",
    value = CodecServerTest.UI + ", http://127.0.0.1:8233")
@Property(name = "followthrough.codec.auth-token", value = "s3cret")
class CodecServerTest {
  static final String KEYS =
      "k2:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=,k1:HyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2Nzg5Ojs8PT4=";
  static final String UI = "http://localhost:8233";

  @Inject EmbeddedServer server;
  @Inject DataConverter dataConverter;
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void preflightThenDecodeLikeTheWebUi() throws Exception {
    HttpResponse<String> preflight =
        http.send(
            request("/codec/decode")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", UI)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,x-namespace,authorization")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, preflight.statusCode());
    assertEquals(UI, preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    assertEquals("POST", preflight.headers().firstValue("Access-Control-Allow-Methods").orElse(""));
    assertEquals(
        "Content-Type, X-Namespace, Authorization",
        preflight.headers().firstValue("Access-Control-Allow-Headers").orElse(""));
    assertEquals(
        "true", preflight.headers().firstValue("Access-Control-Allow-Credentials").orElse(""));

    List<Payload> originals = originals();
    Payloads encrypted =
        Payloads.newBuilder()
            .addAllPayloads(
                originals.stream()
                    .map(p -> dataConverter.toPayload(decodeBack(p)).orElseThrow())
                    .toList())
            .build();
    HttpResponse<String> decoded = post("/codec/decode", encrypted, "Bearer s3cret", UI);

    assertEquals(200, decoded.statusCode(), decoded.body());
    assertEquals(UI, decoded.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    assertEquals(originals, parse(decoded.body()).getPayloadsList());
  }

  @Test
  void encodeThenDecodeOnBarePathsRoundTrips() throws Exception {
    Payloads plain = Payloads.newBuilder().addAllPayloads(originals()).build();
    HttpResponse<String> encoded = post("/encode", plain, "Bearer s3cret", null);
    assertEquals(200, encoded.statusCode(), encoded.body());
    Payloads sealed = parse(encoded.body());
    assertEquals(
        "k2", sealed.getPayloads(0).getMetadataOrThrow("encryption-key-id").toStringUtf8());
    assertFalse(encoded.body().contains("Lovelace"));

    HttpResponse<String> decoded = post("/decode", sealed, "Bearer s3cret", null);
    assertEquals(plain, parse(decoded.body()));
    // The Temporal CLI's --codec-endpoint http://host/codec/{namespace} form.
    HttpResponse<String> templated =
        post("/codec/default/decode", sealed, "Bearer s3cret", "http://127.0.0.1:8233");
    assertEquals(plain, parse(templated.body()));
    assertEquals(
        "http://127.0.0.1:8233",
        templated.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
  }

  @Test
  void wrongOrMissingTokenIs401() throws Exception {
    Payloads body = Payloads.newBuilder().addAllPayloads(originals()).build();
    assertEquals(401, post("/codec/decode", body, "Bearer wrong", UI).statusCode());
    HttpResponse<String> missing = post("/codec/encode", body, null, UI);
    assertEquals(401, missing.statusCode());
    // The browser must be able to read the 401, so it still carries the CORS headers.
    assertEquals(UI, missing.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
  }

  @Test
  void foreignOriginGetsNoCorsHeaders() throws Exception {
    HttpResponse<String> preflight =
        http.send(
            request("/codec/decode")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    HttpResponse<String> post =
        post(
            "/codec/decode",
            Payloads.getDefaultInstance(),
            "Bearer s3cret",
            "https://evil.example");
    assertTrue(post.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
  }

  @Test
  void undecryptablePayloadIsA400WithAClearMessage() throws Exception {
    String foreign = "k9:" + KEYS.substring(3, KEYS.indexOf(','));
    Payload other =
        new AesGcmPayloadCodec(KeyRing.parse(foreign, "other")).encode(originals()).get(0);
    HttpResponse<String> response =
        post(
            "/codec/decode", Payloads.newBuilder().addPayloads(other).build(), "Bearer s3cret", UI);
    assertEquals(400, response.statusCode());
    assertTrue(response.body().contains("'k9'"), response.body());
    HttpResponse<String> junk =
        http.send(
            request("/codec/decode")
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer s3cret")
                .POST(HttpRequest.BodyPublishers.ofString("{\"payloads\": 7"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(400, junk.statusCode());
  }

  private static List<Payload> originals() {
    return List.of(
        DefaultDataConverter.STANDARD_INSTANCE
            .toPayload(Map.of("patient", "Ada Lovelace"))
            .orElseThrow(),
        DefaultDataConverter.STANDARD_INSTANCE.toPayload("referral/fax-17").orElseThrow());
  }

  private static Object decodeBack(Payload payload) {
    return DefaultDataConverter.STANDARD_INSTANCE.fromPayload(payload, Object.class, Object.class);
  }

  private HttpResponse<String> post(String path, Payloads body, String auth, String origin)
      throws Exception {
    HttpRequest.Builder builder =
        request(path)
            .header("Content-Type", "application/json")
            .header("X-Namespace", "default")
            .POST(HttpRequest.BodyPublishers.ofString(JsonFormat.printer().print(body)));
    if (auth != null) {
      builder.header("Authorization", auth);
    }
    if (origin != null) {
      builder.header("Origin", origin);
    }
    return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(server.getURL() + path));
  }

  private static Payloads parse(String json) throws Exception {
    Payloads.Builder builder = Payloads.newBuilder();
    JsonFormat.parser().merge(json, builder);
    return builder.build();
  }
}
