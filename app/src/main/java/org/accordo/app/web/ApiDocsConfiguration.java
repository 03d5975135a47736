package org.accordo.app.web;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
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
                    "SLA platform for managed service providers. Errors are RFC 9457 problems; see docs/api.md."))
        .components(
            new Components()
                .addSecuritySchemes(
                    "bearer",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("accordo_... API token")))
        .addSecurityItem(new SecurityRequirement().addList("bearer"));
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
