package org.accordo.app.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.accordo.app.support.Api;
import org.accordo.app.support.ApiFixtures;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * The simulation of a customer's stored history on both databases: the same document as {@code
 * accordo simulate}, a tighter target listing the clock it breaks, lint errors refused with their
 * findings, and another customer's id answered like a missing one.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class SimulationApiIntegrationTests {

  private final RunningServer server;
  private final Api api;
  private final ApiFixtures fixtures;

  SimulationApiIntegrationTests(TestDatabase database) {
    this.server = RunningServer.on(database);
    this.api = server.api();
    this.fixtures = new ApiFixtures(api);
  }

  /**
   * A customer with the reference contract and one P3 ticket of February resolved in 11 business
   * hours.
   */
  private String customerWithHistory(String prefix) {
    String customer = fixtures.customerWithContract(prefix);
    String ticket =
        fixtures.ticket(customer, "P3", null, java.time.Instant.parse("2026-02-02T09:00:00Z"));
    event(
        ticket,
        "{\"type\": \"agent_replied\", \"public\": true, \"at\": \"2026-02-02T09:30:00Z\"}");
    event(
        ticket,
        "{\"type\": \"status_changed\", \"status\": \"resolved\", \"at\": \"2026-02-03T12:30:00Z\"}");
    return customer;
  }

  private void event(String ticket, String json) {
    Api.Response r =
        api.post("/api/v1/tickets/" + ticket + "/events")
            .token(RunningServer.ADMIN_TOKEN)
            .json(json)
            .send();
    assertThat(r.status()).as("%s", r).isEqualTo(201);
  }

  private Api.Response simulate(String token, String customer, String proposed) {
    return api.post(
            "/api/v1/customers/" + customer + "/simulations?from=2026-02&to=2026-02&compliance=95")
        .token(token)
        .body("application/yaml", proposed)
        .send();
  }

  private static String proposal(String p3Resolution) {
    return ApiFixtures.contract("proposal", "{ from: 2026-01-01 }")
        .replace(
            "P3: { target: 24h, calendar: office }",
            "P3: { target: " + p3Resolution + ", calendar: office }");
  }

  @Test
  void aTighterTargetListsTheClockItWouldHaveBreached() {
    String customer = customerWithHistory("sim-tight");

    Api.Response same = simulate(RunningServer.ADMIN_TOKEN, customer, proposal("24h"));
    Api.Response tight = simulate(RunningServer.ADMIN_TOKEN, customer, proposal("10h"));

    assertThat(same.status()).as("%s", same).isEqualTo(200);
    assertThat(same.json().path("totals").path("difference").path("met").asInt()).isZero();
    assertThat(same.json().path("changes").size()).isZero();
    assertThat(tight.status()).as("%s", tight).isEqualTo(200);
    JsonNode changes = tight.json().path("changes");
    assertThat(changes.size()).isEqualTo(1);
    assertThat(changes.get(0).path("metric").asString()).isEqualTo("resolution");
    assertThat(changes.get(0).path("change").asString()).isEqualTo("newly_breached");
    assertThat(tight.json().path("period").path("from").asString()).isEqualTo("2026-02");
    assertThat(tight.json().path("tickets").asInt()).isEqualTo(1);
  }

  @Test
  void aProposalWithLintErrorsIsRefusedWithItsFindings() {
    String customer = customerWithHistory("sim-lint");
    // resolution faster than the first response: an error of the linter
    Api.Response refused = simulate(RunningServer.ADMIN_TOKEN, customer, proposal("1m"));

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().path("type").asString()).endsWith("proposed-contract-has-errors");
    assertThat(refused.json().path("findings").size()).isPositive();
  }

  @Test
  void anotherCustomersHistoryAnswersLikeAMissingCustomer() {
    String customer = customerWithHistory("sim-own");
    String other = fixtures.customerWithContract("sim-other");

    Api.Response foreign = simulate(fixtures.customerToken(other), customer, proposal("24h"));
    Api.Response missing = simulate(RunningServer.ADMIN_TOKEN, "no-such-customer", proposal("24h"));
    Api.Response own = simulate(fixtures.customerToken(customer), customer, proposal("24h"));

    assertThat(foreign.status()).isEqualTo(404);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(foreign.json().path("detail").asString())
        .isEqualTo(missing.json().path("detail").asString().replace("no-such-customer", customer));
    assertThat(own.status()).isEqualTo(200);
  }

  @Test
  void answersMarkdownAndHtmlToo() {
    String customer = customerWithHistory("sim-docs");

    Api.Response md =
        api.post("/api/v1/customers/" + customer + "/simulations?from=2026-02&to=2026-02&format=md")
            .token(RunningServer.ADMIN_TOKEN)
            .body("application/yaml", proposal("10h"))
            .send();

    assertThat(md.status()).isEqualTo(200);
    assertThat(md.header("Content-Type")).startsWith("text/markdown");
    assertThat(md.body()).contains("resolution");
  }
}
