package io.followthrough.workers.temporal;

import io.micronaut.core.annotation.Nullable;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where and how to reach Temporal.
 *
 * @param target {@code host:port} of the frontend; default {@value #DEFAULT_TARGET}
 * @param namespace default {@value #DEFAULT_NAMESPACE}
 * @param tls whether to use TLS; defaults to true when any TLS file, a server name or an API key is
 *     set, so {@code tls=true} alone means TLS with the system's trusted roots
 * @param tlsCert client certificate chain PEM for mTLS (with {@code tlsKey})
 * @param tlsKey client private key PEM (PKCS#8) for mTLS
 * @param tlsCa CA certificate PEM to trust instead of the system roots
 * @param tlsServerName name to verify in the server certificate (and send as SNI) instead of the
 *     target host
 * @param apiKey Temporal Cloud API key, sent as {@code Authorization: Bearer}
 * @param identity worker/client identity shown in Temporal; SDK default when null
 */
public record TemporalSettings(
    String target,
    String namespace,
    boolean tls,
    @Nullable Path tlsCert,
    @Nullable Path tlsKey,
    @Nullable Path tlsCa,
    @Nullable String tlsServerName,
    @Nullable String apiKey,
    @Nullable String identity) {
  public static final String DEFAULT_TARGET = "127.0.0.1:7233";
  public static final String DEFAULT_NAMESPACE = "default";

  public TemporalSettings {
    if ((tlsCert == null) != (tlsKey == null)) {
      throw new TemporalConnectionException(
          "TLS client certificate and key go together: set both tls-cert and tls-key, or neither");
    }
  }

  /** A plaintext connection without credentials, e.g. to the embedded dev server. */
  public static TemporalSettings plaintext(String target, String namespace) {
    return new TemporalSettings(target, namespace, false, null, null, null, null, null, null);
  }

  /** Resolves settings from layered sources, filling defaults for keys no layer sets. */
  public static TemporalSettings from(SettingsSource source) {
    Path cert = source.get("tls-cert").map(Path::of).orElse(null);
    Path key = source.get("tls-key").map(Path::of).orElse(null);
    Path ca = source.get("tls-ca").map(Path::of).orElse(null);
    String serverName = source.get("tls-server-name").orElse(null);
    String apiKey = source.get("api-key").orElse(null);
    boolean impliedTls = cert != null || ca != null || serverName != null || apiKey != null;
    boolean tls = source.get("tls").map(TemporalSettings::parseBoolean).orElse(impliedTls);
    return new TemporalSettings(
        source.get("target").orElse(DEFAULT_TARGET),
        source.get("namespace").orElse(DEFAULT_NAMESPACE),
        tls,
        cert,
        key,
        ca,
        serverName,
        apiKey,
        source.get("identity").orElse(null));
  }

  /**
   * The usual CLI order: explicit flags (short keys, null values ignored), then {@code
   * FOLLOWTHROUGH_TEMPORAL_*} environment variables, then the optional properties file, then
   * defaults.
   */
  public static TemporalSettings resolve(Map<String, String> flags, @Nullable Path configFile) {
    SettingsSource layers = SettingsSource.of(flags).orElse(SettingsSource.environment());
    if (configFile != null) {
      layers = layers.orElse(SettingsSource.propertiesFile(configFile));
    }
    return from(layers);
  }

  private static boolean parseBoolean(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on", "1" -> true;
      case "false", "no", "off", "0" -> false;
      default ->
          throw new TemporalConnectionException(
              "Setting tls must be true or false, got '" + value + "'");
    };
  }

  /** Never prints the API key. */
  @Override
  public String toString() {
    return "TemporalSettings[target="
        + target
        + ", namespace="
        + namespace
        + ", tls="
        + tls
        + (tlsCert != null ? ", tlsCert=" + tlsCert : "")
        + (tlsCa != null ? ", tlsCa=" + tlsCa : "")
        + (tlsServerName != null ? ", tlsServerName=" + tlsServerName : "")
        + (apiKey != null ? ", apiKey=****" : "")
        + "]";
  }
}
