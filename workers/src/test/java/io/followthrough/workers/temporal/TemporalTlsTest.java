package io.followthrough.workers.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.temporal.common.converter.DefaultDataConverter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TLS, mTLS, API keys and namespace checks through the real client code over real sockets. */
class TemporalTlsTest {
  @TempDir static Path dir;
  private static TestCertificates pki;

  @BeforeAll
  static void makeCertificates() throws Exception {
    long start = System.nanoTime();
    pki = TestCertificates.generate(dir);
    System.out.printf(
        "test PKI made with keytool in %d ms%n", (System.nanoTime() - start) / 1_000_000);
  }

  @Test
  void mutualTlsConnectsAndPresentsTheClientCertificate() throws Exception {
    try (FakeFrontend server = FakeFrontend.tls(pki, true, Set.of("clinic"), null);
        TemporalConnection connection = open(mtls(server, "clinic"))) {
      assertEquals("clinic", connection.client().getOptions().getNamespace());
      assertEquals("CN=followthrough-worker", server.lastClientCertificate.get().getName());
    }
  }

  @Test
  void missingClientCertificateWhenServerRequiresOne() throws Exception {
    try (FakeFrontend server = FakeFrontend.tls(pki, true, Set.of("default"), null)) {
      Map<String, String> settings = mtls(server, "default");
      settings.remove("tls-cert");
      settings.remove("tls-key");
      assertEquals(
          "TLS handshake with Temporal at "
              + server.target()
              + " failed: the server requires a client certificate (set tls-cert and tls-key)",
          failure(settings));
    }
  }

  @Test
  void serverSignedByAnotherCaIsNotTrusted() throws Exception {
    try (FakeFrontend server = FakeFrontend.tls(pki, false, Set.of("default"), null)) {
      Map<String, String> settings = mtls(server, "default");
      settings.put("tls-ca", pki.rogueCaCert.toString());
      assertEquals(
          "TLS handshake with Temporal at "
              + server.target()
              + " failed: the server certificate is not signed by a trusted CA (set tls-ca)",
          failure(settings));
    }
  }

  @Test
  void serverNameMustMatchTheCertificate() throws Exception {
    try (FakeFrontend server = FakeFrontend.tls(pki, false, Set.of("default"), null)) {
      Map<String, String> settings = mtls(server, "default");
      settings.put("tls-server-name", "temporal.example");
      assertEquals(
          "TLS handshake with Temporal at "
              + server.target()
              + " failed: the server certificate is not valid for temporal.example"
              + " (set tls-server-name to a name it holds)",
          failure(settings));
    }
  }

  @Test
  void plaintextClientAgainstTlsServer() throws Exception {
    try (FakeFrontend server = FakeFrontend.tls(pki, false, Set.of("default"), null)) {
      assertEquals(
          "Cannot talk to Temporal at "
              + server.target()
              + ": it closed the connection (does it require TLS? set tls=true)",
          failure(Map.of("target", server.target())));
    }
  }

  @Test
  void unusableClientKeyFileIsNamed() throws Exception {
    Path badKey =
        Files.writeString(
            dir.resolve("bad.key"),
            "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
    Map<String, String> settings = new HashMap<>();
    settings.put("target", "127.0.0.1:1");
    settings.put("tls-cert", pki.clientCert.toString());
    settings.put("tls-key", badKey.toString());
    assertEquals(
        "TLS client key file "
            + badKey
            + " is not a usable PEM private key (PKCS#8 'BEGIN PRIVATE KEY', matching the"
            + " certificate)",
        failure(settings));
  }

  @Test
  void unknownNamespaceIsNamed() throws Exception {
    try (FakeFrontend server = FakeFrontend.plaintext(Set.of("default"))) {
      assertEquals(
          "Namespace 'billing' not found on Temporal at " + server.target(),
          failure(Map.of("target", server.target(), "namespace", "billing")));
    }
  }

  @Test
  void apiKeyIsSentAsBearerTokenWithTheNamespace() throws Exception {
    try (FakeFrontend server = FakeFrontend.tls(pki, false, Set.of("acme.a1b2c"), "key-123")) {
      Map<String, String> settings = serverTls(server, "acme.a1b2c");
      settings.put("api-key", "key-123");
      try (TemporalConnection connection = open(settings)) {
        assertEquals("Bearer key-123", server.lastHeaders.get().get(FakeFrontend.AUTHORIZATION));
        assertEquals("acme.a1b2c", server.lastHeaders.get().get(FakeFrontend.NAMESPACE));
        assertNull(server.lastClientCertificate.get());
      }
      settings.put("api-key", "revoked");
      assertEquals(
          "Temporal at "
              + server.target()
              + " denied access with the API key: Request unauthorized.",
          failure(settings));
    }
  }

  private static Map<String, String> serverTls(FakeFrontend server, String namespace) {
    Map<String, String> settings = new HashMap<>();
    settings.put("target", server.target());
    settings.put("namespace", namespace);
    settings.put("tls-ca", pki.caCert.toString());
    // Connect by IP, verify the certificate's DNS name: exercises the server-name override.
    settings.put("tls-server-name", "localhost");
    return settings;
  }

  private static Map<String, String> mtls(FakeFrontend server, String namespace) {
    Map<String, String> settings = serverTls(server, namespace);
    settings.put("tls-cert", pki.clientCert.toString());
    settings.put("tls-key", pki.clientKey.toString());
    return settings;
  }

  private static TemporalConnection open(Map<String, String> settings) {
    return TemporalConnection.open(
        TemporalSettings.from(SettingsSource.of(settings)),
        DefaultDataConverter.STANDARD_INSTANCE,
        Duration.ofSeconds(20));
  }

  private static String failure(Map<String, String> settings) {
    return assertThrows(TemporalConnectionException.class, () -> open(settings).close())
        .getMessage();
  }
}
