package io.followthrough.workers.security;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;
import java.util.Collection;

/**
 * With an OIDC provider configured, accepts only its tokens for this API: {@code iss} must equal
 * {@code followthrough.auth.oidc.issuer} and {@code aud} must contain {@code
 * followthrough.auth.oidc.audience} (each checked when set). Expiry and not-before are checked by
 * Micronaut Security's own validators.
 */
@Singleton
@Requires(property = "followthrough.auth.oidc.jwks-uri")
public final class OidcClaimsValidator<T> implements GenericJwtClaimsValidator<T> {

  private final String issuer;
  private final String audience;

  public OidcClaimsValidator(
      @Nullable @Value("${followthrough.auth.oidc.issuer:}") String issuer,
      @Nullable @Value("${followthrough.auth.oidc.audience:}") String audience) {
    this.issuer = blankToNull(issuer);
    this.audience = blankToNull(audience);
  }

  @Override
  public boolean validate(Claims claims, @Nullable T request) {
    if (issuer != null && !issuer.equals(String.valueOf(claims.get(Claims.ISSUER)))) {
      return false;
    }
    if (audience == null) {
      return true;
    }
    Object aud = claims.get(Claims.AUDIENCE);
    if (aud instanceof Collection<?> many) {
      return many.stream().anyMatch(a -> audience.equals(String.valueOf(a)));
    }
    return audience.equals(String.valueOf(aud));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
