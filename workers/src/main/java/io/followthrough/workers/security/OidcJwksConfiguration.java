package io.followthrough.workers.security;

import com.nimbusds.jose.jwk.KeyType;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.token.jwt.signature.jwks.JwksSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * Production token validation: the OIDC provider's JWKS at {@code followthrough.auth.oidc.jwks-uri}
 * (env {@code FOLLOWTHROUGH_AUTH_OIDC_JWKS_URI}). Micronaut Security builds a JWKS signature from
 * this bean and verifies every bearer token against the provider's current keys (cached, refetched
 * for an unknown key id).
 */
@Singleton
@Named("oidc")
@Requires(property = "followthrough.auth.oidc.jwks-uri")
public final class OidcJwksConfiguration implements JwksSignatureConfiguration {

  private final String url;
  private final int cacheSeconds;

  public OidcJwksConfiguration(
      @Value("${followthrough.auth.oidc.jwks-uri}") String url,
      @Value("${followthrough.auth.oidc.jwks-cache-seconds:300}") int cacheSeconds) {
    this.url = url;
    this.cacheSeconds = cacheSeconds;
  }

  @Override
  public String getName() {
    return "oidc";
  }

  @Override
  public String getUrl() {
    return url;
  }

  @Override
  public KeyType getKeyType() {
    return KeyType.RSA;
  }

  @Override
  public Integer getCacheExpiration() {
    return cacheSeconds;
  }
}
