package io.followthrough.workers.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import io.temporal.common.converter.DefaultDataConverter;
import io.temporal.testserver.TestServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real gRPC client path against the Temporal Java test server on a real port. */
class TemporalConnectionTest {
  private static TestServer.PortBoundTestServer server;
  private static String target;

  @TempDir Path dir;

  @BeforeAll
  static void startServer() throws IOException {
    int port = freePort();
    server = TestServer.createPortBoundServer(port, false);
    target = "127.0.0.1:" + port;
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @Test
  void opensCheckedConnectionWithClientForNamespace() {
    try (TemporalConnection connection =
        TemporalConnection.open(
            TemporalSettings.plaintext(target, "default"),
            DefaultDataConverter.STANDARD_INSTANCE)) {
      assertEquals("default", connection.client().getOptions().getNamespace());
      assertTrue(
          connection
              .serviceStubs()
              .blockingStub()
              .getSystemInfo(GetSystemInfoRequest.getDefaultInstance())
              .hasCapabilities());
    }
  }

  @Test
  void unreachablePortNamesTheTarget() throws IOException {
    String closed = "127.0.0.1:" + freePort();
    TemporalConnectionException e =
        assertThrows(
            TemporalConnectionException.class,
            () ->
                TemporalConnection.open(
                    TemporalSettings.plaintext(closed, "default"),
                    DefaultDataConverter.STANDARD_INSTANCE,
                    Duration.ofSeconds(3)));
    assertEquals(
        "Cannot reach Temporal at "
            + closed
            + ": connection refused (is the server running? check the target setting)",
        e.getMessage());
  }

  @Test
  void tlsAgainstPlaintextPortIsAHandshakeFailure() {
    TemporalSettings settings =
        TemporalSettings.from(SettingsSource.of(Map.of("target", target, "tls", "true")));
    TemporalConnectionException e =
        assertThrows(
            TemporalConnectionException.class,
            () ->
                TemporalConnection.open(
                    settings, DefaultDataConverter.STANDARD_INSTANCE, Duration.ofSeconds(3)));
    assertEquals(
        "TLS handshake with Temporal at "
            + target
            + " failed: the server did not answer in TLS (is it a plaintext port? unset tls)",
        e.getMessage());
  }

  @Test
  void missingOrMalformedCertificateFileIsNamed() throws IOException {
    Path missing = dir.resolve("missing-ca.pem");
    TemporalConnectionException notFound =
        assertThrows(
            TemporalConnectionException.class,
            () ->
                TemporalConnection.open(
                    TemporalSettings.from(
                        SettingsSource.of(Map.of("target", target, "tls-ca", missing.toString()))),
                    DefaultDataConverter.STANDARD_INSTANCE));
    assertEquals("TLS CA certificate file not found: " + missing, notFound.getMessage());

    Path garbage = Files.writeString(dir.resolve("client.pem"), "not a certificate");
    Path key = Files.writeString(dir.resolve("client.key"), "not a key");
    TemporalConnectionException notPem =
        assertThrows(
            TemporalConnectionException.class,
            () ->
                TemporalConnection.open(
                    TemporalSettings.from(
                        SettingsSource.of(
                            Map.of(
                                "target",
                                target,
                                "tls-cert",
                                garbage.toString(),
                                "tls-key",
                                key.toString()))),
                    DefaultDataConverter.STANDARD_INSTANCE));
    assertEquals(
        "TLS client certificate file " + garbage + " is not a PEM certificate",
        notPem.getMessage());
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
