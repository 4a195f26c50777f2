package io.followthrough.workers.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.security.token.jwt.signature.SignatureConfiguration;
import jakarta.inject.Singleton;

/**
 * A signature that verifies nothing, always present. Micronaut Security accepts unsigned ({@code
 * alg: none}) tokens when no signature is configured at all; with this bean there always is one, so
 * a process without an OIDC provider or dev login refuses every token instead of trusting any.
 */
@Singleton
public final class RejectUnsignedTokens implements SignatureConfiguration {

  @Override
  public String supportedAlgorithmsMessage() {
    return "none accepted";
  }

  @Override
  public boolean supports(JWSAlgorithm algorithm) {
    return false;
  }

  @Override
  public boolean verify(SignedJWT jwt) {
    return false;
  }
}
