package io.followthrough.workers.cli;

import io.followthrough.workers.runtime.TemporalTarget;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * Where the Temporal frontend is; flags win over environment variables, which win over defaults.
 */
public final class ConnectionOptions {

  @Option(
      names = "--address",
      paramLabel = "HOST:PORT",
      defaultValue =
          "${env:FOLLOWTHROUGH_TEMPORAL_ADDRESS:-${env:TEMPORAL_ADDRESS:-127.0.0.1:7233}}",
      description =
          "Temporal frontend (env FOLLOWTHROUGH_TEMPORAL_ADDRESS, TEMPORAL_ADDRESS; default ${DEFAULT-VALUE}).")
  String address;

  @Option(
      names = {"--namespace", "-n"},
      defaultValue = "${env:FOLLOWTHROUGH_TEMPORAL_NAMESPACE:-${env:TEMPORAL_NAMESPACE:-default}}",
      description =
          "Namespace (env FOLLOWTHROUGH_TEMPORAL_NAMESPACE, TEMPORAL_NAMESPACE; default ${DEFAULT-VALUE}).")
  String namespace;

  @Option(names = "--tls", description = "Use TLS with the system trust store.")
  boolean tls;

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
      names = "--api-key",
      paramLabel = "KEY",
      defaultValue = "${env:TEMPORAL_API_KEY}",
      description = "API key (env TEMPORAL_API_KEY); implies TLS.")
  String apiKey;

  /** The target these options describe. */
  public TemporalTarget target() {
    return new TemporalTarget(
        address,
        namespace,
        tls,
        Optional.ofNullable(tlsCert),
        Optional.ofNullable(tlsKey),
        Optional.ofNullable(tlsCa),
        Optional.ofNullable(apiKey).filter(key -> !key.isBlank()));
  }
}
