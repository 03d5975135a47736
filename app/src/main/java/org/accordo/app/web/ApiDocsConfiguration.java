package org.accordo.app.web;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs} (and Swagger UI at {@code /swagger-ui.html}):
 * bearer-token security, and schemas named in {@code snake_case} as the API speaks. Swagger reads
 * models with its own Jackson 2 mapper, so the naming strategy is set on it here too.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

  @Bean
  OpenAPI accordoApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Accordo API")
                .version("v1")
                .description(
                    "SLA platform for managed service providers: customers, contracts, tickets with"
                        + " their events and live SLA clocks, escalations and notifications."
                        + " Every request but the signed inbound webhook needs an API token"
                        + " (Authorization: Bearer accordo_...). Every error is an RFC 9457"
                        + " problem (application/problem+json): branch on its type. Instants are"
                        + " ISO-8601 with an offset; answers give them in UTC."))
        .components(
            new Components()
                .addSecuritySchemes(
                    "bearer",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description(
                            "An API token, accordo_ followed by 43 base64url characters; its role"
                                + " (admin, agent, customer) decides what it may do")))
        .addSecurityItem(new SecurityRequirement().addList("bearer"));
  }

  /** Every operation's problems, and the bounds of the paging parameters. */
  @Bean
  OpenApiCustomizer problemsInApiDocs() {
    return new ApiDocsProblems();
  }

  @Bean
  ModelResolver snakeCaseModels() {
    return new ModelResolver(
        Json.mapper()
            .copy()
            .setPropertyNamingStrategy(
                com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE));
  }
}
