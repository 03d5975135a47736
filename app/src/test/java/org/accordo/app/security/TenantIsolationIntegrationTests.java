package org.accordo.app.security;

import static org.accordo.app.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.accordo.app.support.Api;
import org.accordo.app.support.ApiFixtures;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * A customer token tries every endpoint with another customer's ids: each answers 404, with the
 * same problem as for an id that does not exist, and nothing of the other customer changes.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class TenantIsolationIntegrationTests {

  private static final String ADMIN = RunningServer.ADMIN_TOKEN;

  private final RunningServer server;
  private final Api api;
  private final ApiFixtures fixtures;
  private String victim;
  private String victimTicket;
  private String intruderToken;

  TenantIsolationIntegrationTests(TestDatabase database) {
    this.server = RunningServer.on(database);
    this.api = server.api();
    this.fixtures = new ApiFixtures(api);
  }

  /** One request with the ids it targets. */
  record Attempt(String method, String path, String contentType, String body) {}

  @BeforeEach
  void twoCustomersWithData() {
    server.clock().set(RunningServer.START);
    victim = fixtures.customer("victim");
    String intruder = fixtures.customer("intruder");
    intruderToken = fixtures.customerToken(intruder);
    api.post("/api/v1/customers/" + victim + "/contracts")
        .token(ADMIN)
        .body("application/yaml", ApiFixtures.contract("v-1", "{ from: 2026-01-01 }"))
        .send();
    victimTicket =
        api.post("/api/v1/tickets")
            .token(ADMIN)
            .json(
                "{\"customer_id\": \""
                    + victim
                    + "\", \"external_id\": \"V-1\", \"subject\": \"s\", \"priority\": \"P1\"}")
            .send()
            .json()
            .path("id")
            .asString();
  }

  private static List<Attempt> attempts(String customer, String ticket) {
    String yaml = ApiFixtures.contract("x", "{ from: 2026-01-01 }");
    return List.of(
        new Attempt("GET", "/api/v1/customers/" + customer, null, null),
        new Attempt(
            "PUT",
            "/api/v1/customers/" + customer,
            "application/json",
            "{\"name\": \"taken\", \"time_zone\": \"UTC\"}"),
        new Attempt("DELETE", "/api/v1/customers/" + customer, null, null),
        new Attempt("GET", "/api/v1/customers/" + customer + "/contracts", null, null),
        new Attempt(
            "POST", "/api/v1/customers/" + customer + "/contracts", "application/yaml", yaml),
        new Attempt("GET", "/api/v1/customers/" + customer + "/contracts/1", null, null),
        new Attempt("GET", "/api/v1/customers/" + customer + "/contracts/1/document", null, null),
        new Attempt(
            "GET",
            "/api/v1/customers/" + customer + "/contracts/in-force?date=2026-03-01",
            null,
            null),
        new Attempt(
            "POST",
            "/api/v1/tickets",
            "application/json",
            "{\"customer_id\": \"" + customer + "\", \"subject\": \"s\", \"priority\": \"P1\"}"),
        new Attempt("GET", "/api/v1/tickets?customer_id=" + customer, null, null),
        new Attempt("GET", "/api/v1/tickets/" + ticket, null, null),
        new Attempt("GET", "/api/v1/tickets/" + ticket + "/events", null, null),
        new Attempt(
            "POST",
            "/api/v1/tickets/" + ticket + "/events",
            "application/json",
            "{\"type\": \"customer_replied\"}"),
        new Attempt("GET", "/api/v1/customers/" + customer + "/outages", null, null),
        new Attempt(
            "POST",
            "/api/v1/customers/" + customer + "/outages",
            "application/json",
            "{\"service\": \"servers\", \"from\": \"2026-03-01T10:00:00Z\","
                + " \"cause\": \"provider\"}"),
        new Attempt(
            "POST",
            "/api/v1/customers/" + customer + "/maintenance",
            "application/json",
            "{\"service\": \"servers\", \"from\": \"2026-03-08T01:00:00Z\","
                + " \"to\": \"2026-03-08T02:00:00Z\"}"),
        new Attempt(
            "POST",
            "/api/v1/customers/" + customer + "/outages/import",
            "text/csv",
            "service,from,to,cause,note\n"),
        new Attempt("GET", "/api/v1/customers/" + customer + "/statements", null, null),
        new Attempt("GET", "/api/v1/customers/" + customer + "/statements/2026-02", null, null),
        new Attempt("GET", "/api/v1/customers/" + customer + "/credits", null, null),
        new Attempt(
            "POST",
            "/api/v1/customers/" + customer + "/credits/some-line/apply",
            "application/json",
            "{\"invoice_reference\": \"INV-1\"}"),
        new Attempt("GET", "/api/v1/credits/export?customer_id=" + customer, null, null));
  }

  @Test
  void everyEndpointAnswers404ForAnotherCustomersIdsExactlyAsForMissingOnes() {
    List<Attempt> foreign = attempts(victim, victimTicket);
    List<Attempt> missing = attempts("no-such-customer", "no-such-ticket");

    for (int i = 0; i < foreign.size(); i++) {
      Api.Response intrusion = send(foreign.get(i));
      Api.Response nothing = send(missing.get(i));
      JsonNode problem = assertProblem(intrusion, 404);
      assertThat(problem.path("type"))
          .as("%s", foreign.get(i))
          .isEqualTo(nothing.json().path("type"));
      assertThat(problem.path("title"))
          .as("%s", foreign.get(i))
          .isEqualTo(nothing.json().path("title"));
      assertThat(nothing.status()).as("%s", missing.get(i)).isEqualTo(404);
    }
  }

  @Test
  void theOtherCustomersDataIsUnchangedAfterTheAttempts() {
    attempts(victim, victimTicket).forEach(this::send);

    JsonNode customer = api.get("/api/v1/customers/" + victim).token(ADMIN).send().json();
    assertThat(customer.path("name").asString()).isNotEqualTo("taken");
    assertThat(
            api.get("/api/v1/customers/" + victim + "/contracts").token(ADMIN).send().json().size())
        .isEqualTo(1);
    assertThat(
            api.get("/api/v1/tickets/" + victimTicket + "/events")
                .token(ADMIN)
                .send()
                .json()
                .size())
        .isEqualTo(1);
    assertThat(
            api.get("/api/v1/tickets?customer_id=" + victim)
                .token(ADMIN)
                .send()
                .json()
                .path("total")
                .asLong())
        .isEqualTo(1);
    assertThat(
            api.get("/api/v1/customers/" + victim + "/outages")
                .token(ADMIN)
                .send()
                .json()
                .path("total")
                .asLong())
        .isZero();
  }

  @Test
  void adminOnlyEndpointsRefuseACustomerTokenWhateverTheId() {
    assertProblem(api.get("/api/v1/tokens").token(intruderToken).send(), 403);
    assertProblem(
        api.delete("/api/v1/tokens/tok_0000000000000000").token(intruderToken).send(), 403);
    assertProblem(api.get("/api/v1/audit").token(intruderToken).send(), 403);
  }

  private Api.Response send(Attempt attempt) {
    Api.Call call = api.method(attempt.method(), attempt.path()).token(intruderToken);
    if (attempt.body() != null) {
      call.body(attempt.contentType(), attempt.body());
    }
    return call.send();
  }
}
