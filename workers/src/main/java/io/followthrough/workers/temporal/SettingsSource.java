package io.followthrough.workers.temporal;

import io.micronaut.core.value.PropertyResolver;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * One layer of connection settings, looked up by short key ({@code target}, {@code namespace},
 * {@code tls}, {@code tls-cert}, {@code tls-key}, {@code tls-ca}, {@code tls-server-name}, {@code
 * api-key}, {@code identity}). Layers combine with {@link #orElse}: CLI flags, then environment,
 * then a config file; {@link TemporalSettings#from} adds the defaults. Works without Micronaut.
 */
@FunctionalInterface
public interface SettingsSource {
  /** Prefix of the keys in Micronaut configuration and config files. */
  String PREFIX = "followthrough.temporal.";

  /** The value for a short key, absent when this layer does not set it (blank counts as unset). */
  Optional<String> get(String key);

  /** This layer first, then {@code next} for keys this layer does not set. */
  default SettingsSource orElse(SettingsSource next) {
    return key -> get(key).or(() -> next.get(key));
  }

  /** Explicit values by short key, e.g. parsed CLI flags; null values are unset. */
  static SettingsSource of(Map<String, String> values) {
    return key -> nonBlank(values.get(key));
  }

  /** {@code FOLLOWTHROUGH_TEMPORAL_TARGET}, {@code ..._TLS_CERT} etc. from the process env. */
  static SettingsSource environment() {
    return environment(System.getenv());
  }

  /** As {@link #environment()}, from the given variables. */
  static SettingsSource environment(Map<String, String> env) {
    return key ->
        nonBlank(
            env.get("FOLLOWTHROUGH_TEMPORAL_" + key.toUpperCase(Locale.ROOT).replace('-', '_')));
  }

  /**
   * A Java properties file with keys {@code followthrough.temporal.<key>} (or the bare short key).
   * A missing file is an error: the user named it.
   */
  static SettingsSource propertiesFile(Path file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (NoSuchFileException e) {
      throw new TemporalConnectionException("Config file not found: " + file.toAbsolutePath());
    } catch (IOException | IllegalArgumentException e) {
      throw new TemporalConnectionException(
          "Config file " + file.toAbsolutePath() + " cannot be read: " + e.getMessage());
    }
    return key ->
        nonBlank(properties.getProperty(PREFIX + key))
            .or(() -> nonBlank(properties.getProperty(key)));
  }

  /** Micronaut configuration ({@code followthrough.temporal.*}, env vars mapped by Micronaut). */
  static SettingsSource micronaut(PropertyResolver resolver) {
    return key ->
        resolver.getProperty(PREFIX + key, String.class).flatMap(SettingsSource::nonBlank);
  }

  private static Optional<String> nonBlank(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }
}
