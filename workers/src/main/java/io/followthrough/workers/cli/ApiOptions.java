package io.followthrough.workers.cli;

import java.net.URI;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * How the CLI's operations verbs ({@code inbox}, {@code resolve}, {@code ingest}) reach the gRPC
 * API of a running Followthrough, and who they are: a bearer token, or in dev a dev login.
 */
public final class ApiOptions {

  /** Environment variable with the gRPC API address. */
  static final String ADDRESS_ENV = "FOLLOWTHROUGH_API_ADDRESS";

  /** Default address of the gRPC API ({@code followthrough dev}). */
  static final String DEFAULT_ADDRESS = "127.0.0.1:7243";

  @Option(
      names = "--api",
      paramLabel = "HOST:PORT",
      description =
          "gRPC API of the running Followthrough (default: $"
              + ADDRESS_ENV
              + ", else 127.0.0.1:7243).")
  String address;

  @Option(
      names = "--api-tls",
      description = "Use TLS to the gRPC API (system trust store unless --api-ca).")
  boolean tls;

  @Option(
      names = "--api-ca",
      paramLabel = "FILE",
      description =
          "CA certificate (PEM) that signed the gRPC API's certificate; implies --api-tls.")
  Path ca;

  @Option(
      names = "--token",
      paramLabel = "JWT",
      description =
          "Bearer token (default: $FOLLOWTHROUGH_TOKEN; in dev, a dev login through --http).")
  String token;

  @Option(
      names = "--http",
      defaultValue = "http://127.0.0.1:8080",
      description =
          "HTTP address of the running stack, for the dev login when no token is given"
              + " (default ${DEFAULT-VALUE}).")
  URI http;

  @Option(
      names = "--dev-role",
      defaultValue = "coordinator",
      paramLabel = "ROLE",
      description =
          "Role of the dev login: coordinator, supervisor, admin, auditor or clinician (default"
              + " ${DEFAULT-VALUE}).")
  String devRole;

  String address(java.util.Map<String, String> env) {
    if (address != null && !address.isBlank()) {
      return address.trim();
    }
    String configured = env.get(ADDRESS_ENV);
    return configured == null || configured.isBlank() ? DEFAULT_ADDRESS : configured.trim();
  }
}
