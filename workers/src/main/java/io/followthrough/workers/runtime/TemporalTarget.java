package io.followthrough.workers.runtime;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a Temporal frontend is and how to authenticate to it.
 *
 * @param address host:port of the frontend
 * @param namespace namespace to work in
 * @param tls whether to use TLS (implied by any certificate file or an API key)
 * @param clientCert PEM client certificate chain for mTLS, if any
 * @param clientKey PEM (PKCS#8) private key for mTLS, if any
 * @param serverCa PEM CA bundle to trust instead of the system trust store, if any
 * @param apiKey API key sent as a bearer token, if any (never logged)
 */
public record TemporalTarget(
    String address,
    String namespace,
    boolean tls,
    Optional<Path> clientCert,
    Optional<Path> clientKey,
    Optional<Path> serverCa,
    Optional<String> apiKey) {

  /** Default frontend of `followthrough dev` and of a local Temporal. */
  public static final String DEFAULT_ADDRESS = "127.0.0.1:7233";

  /** Default namespace. */
  public static final String DEFAULT_NAMESPACE = "default";

  /** A plaintext target, as used against `followthrough dev`. */
  public static TemporalTarget plaintext(String address, String namespace) {
    return new TemporalTarget(
        address,
        namespace,
        false,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** Whether the connection must be made over TLS. */
  public boolean usesTls() {
    return tls || clientCert.isPresent() || serverCa.isPresent() || apiKey.isPresent();
  }
}
