package io.followthrough.workers.security;

import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says once, when HTTP starts, that no token issuer is configured: then every {@code /api} call is
 * refused (401), which is safe but puzzling without this line.
 */
@Singleton
@Requires(missingProperty = "followthrough.auth.oidc.jwks-uri")
@Requires(property = DevAuthFactory.DEV_LOGIN, notEquals = "true")
public final class TokenIssuerNotice {

  private static final Logger log = LoggerFactory.getLogger(TokenIssuerNotice.class);

  @EventListener
  void onStartup(ServerStartupEvent event) {
    log.warn(
        "HTTP API: no token issuer configured, every /api call will be refused; set"
            + " followthrough.auth.oidc.jwks-uri (FOLLOWTHROUGH_AUTH_OIDC_JWKS_URI), see docs/api.md");
  }
}
