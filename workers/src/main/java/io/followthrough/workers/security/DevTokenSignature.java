package io.followthrough.workers.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;

/**
 * HS256 with the dev data folder's secret: signs dev-login tokens and verifies them. A plain
 * delegate to Micronaut's {@link SecretSignature}, so the bean carries none of that class's
 * configuration-driven annotations and exists exactly when the dev login does.
 */
final class DevTokenSignature implements SignatureGeneratorConfiguration {

  private final SecretSignature signature;

  DevTokenSignature(String secret) {
    SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("generator");
    configuration.setSecret(secret);
    configuration.setJwsAlgorithm(JWSAlgorithm.HS256);
    this.signature = new SecretSignature(configuration);
  }

  @Override
  public SignedJWT sign(JWTClaimsSet claims) throws JOSEException {
    return signature.sign(claims);
  }

  @Override
  public String supportedAlgorithmsMessage() {
    return signature.supportedAlgorithmsMessage();
  }

  @Override
  public boolean supports(JWSAlgorithm algorithm) {
    return signature.supports(algorithm);
  }

  @Override
  public boolean verify(SignedJWT jwt) throws JOSEException {
    return signature.verify(jwt);
  }
}
