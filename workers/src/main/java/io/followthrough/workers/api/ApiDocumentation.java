package io.followthrough.workers.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/**
 * Top of the OpenAPI document that Micronaut OpenAPI generates from the controllers at compile time
 * ({@code META-INF/swagger/followthrough-api.yml}, served at {@code GET /api/openapi.yaml}).
 */
@OpenAPIDefinition(
    info =
        @Info(
            title = "Followthrough API",
            version = "v1",
            description =
                "Outcomes, the exception inbox, documents, analytics and the audit log. Every"
                    + " /api route needs a bearer JWT (an OIDC provider's in production,"
                    + " POST /api/auth/dev-login in `followthrough dev`); errors are"
                    + " {\"error\",\"message\"}. See docs/api.md.",
            license = @License(name = "Apache-2.0")),
    security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(
    name = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public final class ApiDocumentation {
  private ApiDocumentation() {}
}
