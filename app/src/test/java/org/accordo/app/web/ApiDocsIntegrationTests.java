package org.accordo.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.accordo.app.support.Api;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI description and Swagger UI are served without a token and describe the API as it
 * speaks.
 */
class ApiDocsIntegrationTests {

  private final Api api = RunningServer.on(TestDatabase.H2).api();

  @Test
  void describesTheEndpointsWithBearerSecurityAndSnakeCaseSchemas() {
    Api.Response docs = api.get("/v3/api-docs").send();

    assertThat(docs.status()).as("%s", docs).isEqualTo(200);
    JsonNode openApi = docs.json();
    assertThat(openApi.path("paths").has("/api/v1/tickets/{id}/events")).isTrue();
    assertThat(openApi.path("paths").has("/api/v1/customers/{customerId}/contracts/in-force"))
        .isTrue();
    assertThat(openApi.path("components").path("securitySchemes").has("bearer")).isTrue();
    JsonNode newTicket =
        openApi.path("components").path("schemas").path("NewTicket").path("properties");
    assertThat(newTicket.has("customer_id")).as("%s", newTicket).isTrue();
    assertThat(newTicket.has("customerId")).isFalse();
  }

  @Test
  void servesSwaggerUi() {
    assertThat(api.get("/swagger-ui/index.html").send().status()).isEqualTo(200);
  }
}
