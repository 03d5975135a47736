package org.accordo.app.justifications;

import static org.accordo.app.support.ProblemAssertions.assertInvalidField;
import static org.accordo.app.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
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
 * The justification state machine on each database: an agent asks, an admin other than the asker
 * approves (an {@code excluded} event, the clock recomputed) or rejects; the four-eyes rule; the
 * roles refused; the customer reading its own with the reason. The contract is the reference one:
 * P1 first response 30 min on 24x7, L1 at 75%.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class JustificationIntegrationTests {

  static final String ADMIN = RunningServer.ADMIN_TOKEN;
  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  private final RunningServer server;
  private final Api api;
  private final ApiFixtures fixtures;

  JustificationIntegrationTests(TestDatabase database) {
    this.server = RunningServer.on(database);
    this.api = server.api();
    this.fixtures = new ApiFixtures(api);
  }

  @BeforeEach
  void setClock() {
    server.clock().set(NOW);
  }

  @Test
  void anApprovalByAnotherAdminExcludesTheIntervalAndTheBreachBecomesMet() {
    String customer = fixtures.customerWithContract("excused");
    String ticket = breachedFirstResponse(customer);
    String agent = fixtures.agentToken();

    Api.Response asked = ask(agent, ticket, "customer_caused", "09:00", "09:20");
    assertThat(asked.status()).as("%s", asked).isEqualTo(201);
    String id = asked.json().path("id").asString();
    assertThat(asked.json().path("state").asString()).isEqualTo("requested");
    assertThat(asked.json().path("cycle").asInt()).isEqualTo(1);

    Api.Response approved =
        api.post("/api/v1/justifications/" + id + "/decision")
            .token(ADMIN)
            .json("{\"outcome\": \"approved\", \"note\": \"access logs confirm it\"}")
            .send();
    assertThat(approved.status()).as("%s", approved).isEqualTo(201);
    assertThat(approved.json().path("state").asString()).isEqualTo("approved");
    assertThat(approved.json().path("event_id").asString()).isNotEmpty();

    // 40 minutes to the public reply, 20 of them excluded: 20 minutes elapsed, met
    JsonNode clock = firstResponse(ticket, ADMIN);
    assertThat(clock.path("state").asString()).isEqualTo("met");
    assertThat(clock.path("elapsed_seconds").asLong()).isEqualTo(20 * 60);
    JsonNode excluded = lastEvent(ticket, ADMIN);
    assertThat(excluded.path("type").asString()).isEqualTo("excluded");
    assertThat(excluded.path("reason").asString())
        .startsWith("customer_caused: the customer's VPN was down")
        .contains("justification " + id);

    // the customer sees the request, its reason and its decision
    String own = fixtures.customerToken(customer);
    JsonNode seen = api.get("/api/v1/justifications/" + id).token(own).send().json();
    assertThat(seen.path("reason").asString()).isEqualTo("customer_caused");
    assertThat(seen.path("evidence").asString()).isEqualTo("the customer's VPN was down");
    assertThat(seen.path("state").asString()).isEqualTo("approved");
    JsonNode audit =
        api.get("/api/v1/audit?customer_id=" + customer).token(ADMIN).send().json().path("items");
    assertThat(audit.valueStream().map(e -> e.path("action").asString()))
        .contains("justification.requested", "justification.approved");
  }

  @Test
  void whoeverAskedMayNotDecideAndOnlyAnAdminDecides() {
    String customer = fixtures.customerWithContract("foureyes");
    String ticket = breachedFirstResponse(customer);
    String agent = fixtures.agentToken();
    String otherAdmin = fixtures.token("admin", null);

    String byAdmin =
        ask(ADMIN, ticket, "third_party", "09:00", "09:10").json().path("id").asString();
    assertProblem(approve(byAdmin, ADMIN), 403);
    assertProblem(reject(byAdmin, ADMIN, "no"), 403);
    assertProblem(approve(byAdmin, agent), 403);
    assertProblem(approve(byAdmin, fixtures.customerToken(customer)), 403);
    assertThat(state(byAdmin)).isEqualTo("requested");
    assertThat(firstResponse(ticket, ADMIN).path("state").asString()).isEqualTo("breached");

    Api.Response rejected = reject(byAdmin, otherAdmin, "the carrier's report says otherwise");
    assertThat(rejected.status()).as("%s", rejected).isEqualTo(201);
    assertThat(rejected.json().path("state").asString()).isEqualTo("rejected");
    assertThat(rejected.json().path("decision_note").asString())
        .isEqualTo("the carrier's report says otherwise");
    assertThat(firstResponse(ticket, ADMIN).path("state").asString()).isEqualTo("breached");

    // a decision is final, either way
    assertProblem(approve(byAdmin, otherAdmin), 409);
    assertProblem(reject(byAdmin, otherAdmin, "again"), 409);
    // a rejection needs its note
    String second =
        ask(agent, ticket, "force_majeure", "09:00", "09:10").json().path("id").asString();
    assertInvalidField(reject(second, ADMIN, null), "note");
    assertInvalidField(
        api.post("/api/v1/justifications/" + second + "/decision")
            .token(ADMIN)
            .json("{\"outcome\": \"requested\"}")
            .send(),
        "outcome");
    assertThat(state(second)).isEqualTo("requested");
  }

  @Test
  void aCustomerTokenMayNotAskNorDecideAndSeesOnlyItsOwn() {
    String customer = fixtures.customerWithContract("scoped");
    String ticket = breachedFirstResponse(customer);
    String own = fixtures.customerToken(customer);
    String stranger = fixtures.customerToken(fixtures.customer("stranger"));

    assertProblem(ask(own, ticket, "other", "09:00", "09:10"), 403);
    assertThat(
            api.get("/api/v1/justifications?ticket_id=" + ticket)
                .token(ADMIN)
                .send()
                .json()
                .path("total")
                .asInt())
        .isZero();

    String id =
        ask(fixtures.agentToken(), ticket, "other", "09:00", "09:10").json().path("id").asString();
    assertProblem(approve(id, own), 403);
    assertProblem(reject(id, own, "no"), 403);
    assertThat(state(id)).isEqualTo("requested");
    assertProblem(api.get("/api/v1/justifications/" + id).token(stranger).send(), 404);
    assertThat(
            api.get("/api/v1/justifications").token(stranger).send().json().path("total").asInt())
        .isZero();
    assertThat(
            api.get("/api/v1/justifications?state=requested")
                .token(own)
                .send()
                .json()
                .path("total")
                .asInt())
        .isEqualTo(1);
  }

  @Test
  void aClockOnTimeIsNotExcusedAndBadInputNamesItsField() {
    String customer = fixtures.customerWithContract("ontime");
    String ticket = fixtures.ticket(customer, "P1", "servers", null);
    String agent = fixtures.agentToken();

    // 5 minutes in: no threshold crossed
    server.clock().set(NOW.plus(Duration.ofMinutes(5)));
    assertProblem(ask(agent, ticket, "other", "09:00", "09:01"), 409);
    assertInvalidField(ask(agent, ticket, "bad_luck", "09:00", "09:01"), "reason");
    assertInvalidField(ask(agent, ticket, "other", "09:02", "09:01"), "to");
    // 25 minutes in: L1 (75% of 30 min) crossed, the clock is at risk
    server.clock().set(NOW.plus(Duration.ofMinutes(25)));
    api.post("/api/v1/tickets/" + ticket + "/events")
        .token(ADMIN)
        .json("{\"type\": \"customer_replied\"}")
        .send();
    assertThat(ask(agent, ticket, "other", "09:00", "09:01").status()).isEqualTo(201);
  }

  /** A P1 ticket opened at 09:00 whose first public reply came at 09:40: breached at 09:30. */
  private String breachedFirstResponse(String customer) {
    String ticket = fixtures.ticket(customer, "P1", "servers", null);
    server.clock().set(NOW.plus(Duration.ofMinutes(40)));
    Api.Response replied =
        api.post("/api/v1/tickets/" + ticket + "/events")
            .token(ADMIN)
            .json("{\"type\": \"agent_replied\", \"public\": true}")
            .send();
    assertThat(replied.status()).as("%s", replied).isEqualTo(201);
    assertThat(firstResponse(ticket, ADMIN).path("state").asString()).isEqualTo("breached");
    return ticket;
  }

  private Api.Response ask(String token, String ticket, String reason, String from, String to) {
    return api.post("/api/v1/justifications")
        .token(token)
        .json(
            "{\"ticket_id\": \""
                + ticket
                + "\", \"metric\": \"first_response\", \"reason\": \""
                + reason
                + "\", \"evidence\": \"the customer's VPN was down\", \"from\": \"2026-03-02T"
                + from
                + ":00Z\", \"to\": \"2026-03-02T"
                + to
                + ":00Z\"}")
        .send();
  }

  private Api.Response approve(String id, String token) {
    return api.post("/api/v1/justifications/" + id + "/decision")
        .token(token)
        .json("{\"outcome\": \"approved\"}")
        .send();
  }

  private Api.Response reject(String id, String token, String note) {
    return api.post("/api/v1/justifications/" + id + "/decision")
        .token(token)
        .json(
            note == null
                ? "{\"outcome\": \"rejected\"}"
                : "{\"outcome\": \"rejected\", \"note\": \"" + note + "\"}")
        .send();
  }

  private String state(String id) {
    return api.get("/api/v1/justifications/" + id)
        .token(ADMIN)
        .send()
        .json()
        .path("state")
        .asString();
  }

  private JsonNode firstResponse(String ticket, String token) {
    return api.get("/api/v1/tickets/" + ticket)
        .token(token)
        .send()
        .json()
        .path("clocks")
        .valueStream()
        .filter(c -> c.path("metric").asString().equals("first_response"))
        .findFirst()
        .orElseThrow();
  }

  private JsonNode lastEvent(String ticket, String token) {
    JsonNode events =
        api.get("/api/v1/tickets/" + ticket).token(token).send().json().path("events");
    return events.get(events.size() - 1);
  }
}
