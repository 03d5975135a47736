package org.accordo.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.accordo.app.support.Api;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.accordo.app.support.TestDefect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every answer of the API tells a browser to run, load and frame nothing ({@code
 * Content-Security-Policy: default-src 'none'; frame-ancestors 'none'}) and not to guess its type
 * ({@code nosniff}), whoever writes it: a controller, the advice, a security or body filter, the
 * firewall, Tomcat. Swagger UI's pages have a policy of their own.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class SecurityHeadersIntegrationTests {

  private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
  private static final String ADMIN = RunningServer.ADMIN_TOKEN;

  private final Api api;

  SecurityHeadersIntegrationTests(TestDatabase database) {
    this.api = RunningServer.on(database).api();
  }

  @Test
  void everyAnswerOfTheApiCarriesItsPolicyAndNosniff() {
    List<Api.Response> answers = new ArrayList<>();
    answers.add(api.get("/api/v1/customers").token(ADMIN).send()); // 200, a controller
    answers.add(api.get("/api/v1/customers").send()); // 401, the security chain
    answers.add(api.get("/api/v1/customers/nobody").token(ADMIN).send()); // 404, the advice
    answers.add(api.get("/api/v1/customers?x=%ff").token(ADMIN).send()); // 400, before security
    answers.add(
        api.post("/api/v1/customers")
            .token(ADMIN)
            .json("{\"name\": \"" + "x".repeat(1024 * 1024) + "\"}")
            .send()); // 413, the body filter
    answers.add(api.get("/api/v1/customers;jsessionid=x").token(ADMIN).send()); // the firewall
    answers.add(api.get("/api/v1/customers/a%00b").token(ADMIN).send()); // Tomcat
    answers.add(api.get(TestDefect.PATH).token(ADMIN).send()); // 500
    answers.add(api.get("/actuator/health").send());
    answers.add(api.get("/v3/api-docs").send());

    assertThat(answers)
        .allSatisfy(
            answer -> {
              assertThat(answer.header("Content-Security-Policy"))
                  .as("policy of %s", answer)
                  .isEqualTo(API_POLICY);
              assertThat(answer.header("X-Content-Type-Options"))
                  .as("nosniff of %s", answer)
                  .isEqualTo("nosniff");
            });
    assertThat(answers.stream().map(Api.Response::status))
        .containsExactly(200, 401, 404, 400, 413, 400, 400, 500, 200, 200);
  }

  @Test
  void swaggerUiGetsAPolicyOfItsOwnThatLoadsOnlyFromThisServer() {
    Api.Response page = api.get("/swagger-ui/index.html").send();

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("Content-Security-Policy"))
        .isEqualTo(SecurityConfiguration.API_DOCS_PAGES_POLICY)
        .startsWith("default-src 'self'")
        .contains("frame-ancestors 'none'");
    assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
  }
}
