package io.followthrough.workers.security;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.nio.file.Path;

/**
 * In `followthrough dev` only ({@code followthrough.auth.dev-login=true}): the HMAC signature that
 * both signs {@code /api/auth/dev-login} tokens (Micronaut's token generator uses the signature
 * named {@code generator}) and validates them.
 */
@Factory
@Requires(property = DevAuthFactory.DEV_LOGIN, value = "true")
public class DevAuthFactory {

  /** Set by `followthrough dev`; enables the dev login and its signing secret. */
  public static final String DEV_LOGIN = "followthrough.auth.dev-login";

  @Singleton
  @Named("generator")
  SignatureGeneratorConfiguration devSignature(
      @Value("${followthrough.data-dir:.followthrough}") String dataDirectory) {
    return new DevTokenSignature(DevSigningSecret.load(Path.of(dataDirectory)));
  }
}
