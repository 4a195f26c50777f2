package io.followthrough.workers.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemporalSettingsTest {
  @TempDir Path dir;

  @Test
  void defaultsAreTheLocalDevServer() {
    TemporalSettings settings = TemporalSettings.from(SettingsSource.of(Map.of()));
    assertEquals("127.0.0.1:7233", settings.target());
    assertEquals("default", settings.namespace());
    assertFalse(settings.tls());
    assertNull(settings.apiKey());
  }

  @Test
  void flagsBeatEnvironmentBeatConfigFile() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("ft.properties"),
            "followthrough.temporal.target=file:7233\n"
                + "followthrough.temporal.namespace=file-ns\n"
                + "identity=file-identity\n");
    Map<String, String> env =
        Map.of(
            "FOLLOWTHROUGH_TEMPORAL_TARGET",
            "env:7233",
            "FOLLOWTHROUGH_TEMPORAL_NAMESPACE",
            "env-ns");
    Map<String, String> flags = new HashMap<>();
    flags.put("target", "flag:7233");
    flags.put("namespace", null);

    TemporalSettings settings =
        TemporalSettings.from(
            SettingsSource.of(flags)
                .orElse(SettingsSource.environment(env))
                .orElse(SettingsSource.propertiesFile(file)));

    assertEquals("flag:7233", settings.target());
    assertEquals("env-ns", settings.namespace());
    assertEquals("file-identity", settings.identity());
  }

  @Test
  void tlsIsImpliedByTlsFilesServerNameOrApiKeyUnlessSwitchedOff() {
    assertTrue(TemporalSettings.from(SettingsSource.of(Map.of("tls", "true"))).tls());
    assertTrue(TemporalSettings.from(SettingsSource.of(Map.of("tls-ca", "/ca.pem"))).tls());
    assertTrue(TemporalSettings.from(SettingsSource.of(Map.of("api-key", "k"))).tls());
    assertFalse(
        TemporalSettings.from(SettingsSource.of(Map.of("api-key", "k", "tls", "false"))).tls());
    TemporalConnectionException bad =
        assertThrows(
            TemporalConnectionException.class,
            () -> TemporalSettings.from(SettingsSource.of(Map.of("tls", "maybe"))));
    assertEquals("Setting tls must be true or false, got 'maybe'", bad.getMessage());
  }

  @Test
  void certificateWithoutKeyIsRefused() {
    TemporalConnectionException e =
        assertThrows(
            TemporalConnectionException.class,
            () -> TemporalSettings.from(SettingsSource.of(Map.of("tls-cert", "/c.pem"))));
    assertTrue(e.getMessage().contains("tls-cert and tls-key"));
  }

  @Test
  void toStringHidesTheApiKey() {
    TemporalSettings settings =
        TemporalSettings.from(SettingsSource.of(Map.of("api-key", "super-secret-key")));
    assertFalse(settings.toString().contains("super-secret"));
    assertTrue(settings.toString().contains("apiKey=****"));
  }

  @Test
  void missingConfigFileIsNamed() {
    Path missing = dir.resolve("nope.properties");
    TemporalConnectionException e =
        assertThrows(
            TemporalConnectionException.class, () -> SettingsSource.propertiesFile(missing));
    assertEquals("Config file not found: " + missing, e.getMessage());
  }

  @Test
  void micronautBeanReadsFollowthroughTemporalKeys() {
    try (ApplicationContext context =
        ApplicationContext.run(
            Map.of(
                "followthrough.temporal.target", "temporal.internal:7233",
                "followthrough.temporal.namespace", "ops",
                "followthrough.temporal.tls-server-name", "temporal.example"))) {
      TemporalSettings settings = context.getBean(TemporalSettings.class);
      assertEquals("temporal.internal:7233", settings.target());
      assertEquals("ops", settings.namespace());
      assertEquals("temporal.example", settings.tlsServerName());
      assertTrue(settings.tls());
    }
  }
}
