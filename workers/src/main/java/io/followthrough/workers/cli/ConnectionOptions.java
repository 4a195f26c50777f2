package io.followthrough.workers.cli;

import io.followthrough.workers.runtime.TemporalClients;
import io.followthrough.workers.temporal.SettingsSource;
import io.followthrough.workers.temporal.TemporalSettings;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Where the Temporal frontend is. Flags win, then {@code FOLLOWTHROUGH_TEMPORAL_*} variables (or,
 * for the worker, its configuration), then {@code TEMPORAL_ADDRESS}/{@code TEMPORAL_NAMESPACE}/
 * {@code TEMPORAL_API_KEY}, then 127.0.0.1:7233 and namespace default.
 */
public final class ConnectionOptions {

  @Option(
      names = "--address",
      paramLabel = "HOST:PORT",
      description =
          "Temporal frontend (env FOLLOWTHROUGH_TEMPORAL_TARGET, TEMPORAL_ADDRESS; default 127.0.0.1:7233).")
  String address;

  @Option(
      names = {"--namespace", "-n"},
      description =
          "Namespace (env FOLLOWTHROUGH_TEMPORAL_NAMESPACE, TEMPORAL_NAMESPACE; default default).")
  String namespace;

  @Option(
      names = "--tls",
      arity = "0..1",
      description = "Use TLS (implied by any TLS file or an API key).")
  Boolean tls;

  @Option(
      names = "--tls-cert-path",
      paramLabel = "FILE",
      description = "Client certificate (PEM) for mTLS.")
  Path tlsCert;

  @Option(
      names = "--tls-key-path",
      paramLabel = "FILE",
      description = "Client private key (PEM, PKCS#8) for mTLS.")
  Path tlsKey;

  @Option(
      names = "--tls-ca-path",
      paramLabel = "FILE",
      description = "CA bundle (PEM) to trust for the server.")
  Path tlsCa;

  @Option(
      names = "--tls-server-name",
      paramLabel = "NAME",
      description = "Name to verify in the server certificate.")
  String tlsServerName;

  @Option(
      names = "--api-key",
      paramLabel = "KEY",
      description =
          "API key (prefer env FOLLOWTHROUGH_TEMPORAL_API_KEY or TEMPORAL_API_KEY); implies TLS.")
  String apiKey;

  /** The flags given, by the short keys of {@link SettingsSource}. */
  public SettingsSource flags() {
    Map<String, String> flags = new HashMap<>();
    flags.put("target", address);
    flags.put("namespace", namespace);
    flags.put("tls", tls == null ? null : tls.toString());
    flags.put("tls-cert", tlsCert == null ? null : tlsCert.toString());
    flags.put("tls-key", tlsKey == null ? null : tlsKey.toString());
    flags.put("tls-ca", tlsCa == null ? null : tlsCa.toString());
    flags.put("tls-server-name", tlsServerName);
    flags.put("api-key", apiKey);
    return SettingsSource.of(flags);
  }

  /** Settings for a CLI verb: flags, then the process environment, then defaults. */
  public TemporalSettings settings() {
    return TemporalSettings.from(
        flags()
            .orElse(SettingsSource.environment())
            .orElse(TemporalClients.temporalCliEnvironment()));
  }
}
