package org.accordo.app.clocks;

import static org.accordo.app.support.ProblemAssertions.assertInvalidField;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
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
 * Clock rows over HTTP, on each database: computed when a ticket is created and at every event,
 * late events included, listed by risk and breach, rebuilt from the events. The customer's contract
 * is the reference contract: the service desk SLA covers {@code servers}; P1 first response 30 min,
 * P1 resolution 4 h and P1 periodic update 1 h, all on the 24x7 calendar; escalation L1 at 75%, L2
 * at 100%; resolution pauses on {@code waiting_customer}.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class ClockApiIntegrationTests {

  static final String ADMIN = RunningServer.ADMIN_TOKEN;

  /** A Monday, 10:00 in Rome. */
  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  private final RunningServer server;
  private final Api api;
  private final ApiFixtures fixtures;

  ClockApiIntegrationTests(TestDatabase database) {
    this.server = RunningServer.on(database);
    this.api = server.api();
    this.fixtures = new ApiFixtures(api);
  }

  @BeforeEach
  void setClock() {
    server.clock().set(NOW);
  }

  /** A customer with the reference contract in force from 2026-01-01. */
  String customerWithContract(String prefix) {
    return fixtures.customerWithContract(prefix);
  }

  String createTicket(String customer, String priority, String service, Instant openedAt) {
    return fixtures.ticket(customer, priority, service, openedAt);
  }

  JsonNode detail(String ticket) {
    Api.Response response = api.get("/api/v1/tickets/" + ticket).token(ADMIN).send();
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    return response.json();
  }

  static JsonNode clock(JsonNode detail, String metric) {
    return detail
        .path("clocks")
        .valueStream()
        .filter(c -> c.path("metric").asString().equals(metric))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no " + metric + " clock in " + detail.path("clocks")));
  }

  void addEvent(String ticket, String json) {
    Api.Response added =
        api.post("/api/v1/tickets/" + ticket + "/events").token(ADMIN).json(json).send();
    assertThat(added.status()).as("%s", added).isEqualTo(201);
  }

  @Test
  void aNewTicketIsMeasuredByTheSlaOfItsServiceWithRunningClocks() {
    String customer = customerWithContract("clocked");

    String ticket = createTicket(customer, "P1", "servers", NOW);

    JsonNode detail = detail(ticket);
    assertThat(detail.path("sla").path("contract_version").asInt()).isEqualTo(1);
    assertThat(detail.path("sla").path("sla_id").asString()).isEqualTo("service-desk");
    // no public reply yet, so no periodic update cycle
    assertThat(detail.path("clocks").valueStream().map(c -> c.path("metric").asString()))
        .containsExactly("first_response", "resolution");
    JsonNode response = clock(detail, "first_response");
    assertThat(response.path("state").asString()).isEqualTo("running");
    assertThat(response.path("target_seconds").asLong()).isEqualTo(1800);
    assertThat(response.path("elapsed_seconds").asLong()).isZero();
    assertThat(response.path("due_at").asString()).isEqualTo("2026-03-02T09:30:00Z");
    // L1 at 75% of 30 min = 22 min 30 s: the next instant the clock must be looked at without an
    // event
    assertThat(response.path("escalations").get(0).path("level").asString()).isEqualTo("L1");
    assertThat(response.path("escalations").get(0).path("expected_at").asString())
        .isEqualTo("2026-03-02T09:22:30Z");
    assertThat(response.path("next_check_at").asString()).isEqualTo("2026-03-02T09:22:30Z");
    // nothing has counted yet: zero-length segments are left out of a timeline
    assertThat(response.path("timeline").size()).isZero();
    assertThat(clock(detail, "resolution").path("due_at").asString())
        .isEqualTo("2026-03-02T13:00:00Z");
  }

  @Test
  void everyEventRecomputesTheClocksAndALateOneChangesThePast() {
    String customer = customerWithContract("evented");
    String ticket = createTicket(customer, "P1", "servers", NOW);
    server.clock().set(NOW.plus(Duration.ofMinutes(10)));

    addEvent(ticket, "{\"type\": \"agent_replied\", \"public\": true}");

    JsonNode detail = detail(ticket);
    JsonNode response = clock(detail, "first_response");
    // the reply at 09:10 stops the first response clock after 10 of its 30 minutes
    assertThat(response.path("state").asString()).isEqualTo("met");
    assertThat(response.path("elapsed_seconds").asLong()).isEqualTo(600);
    assertThat(response.path("stopped_at").asString()).isEqualTo("2026-03-02T09:10:00Z");
    assertThat(response.path("next_check_at").isNull()).isTrue();
    assertThat(response.path("timeline").size()).isEqualTo(1);
    assertThat(response.path("timeline").get(0).path("from").asString())
        .isEqualTo("2026-03-02T09:00:00Z");
    assertThat(response.path("timeline").get(0).path("to").asString())
        .isEqualTo("2026-03-02T09:10:00Z");
    assertThat(response.path("timeline").get(0).path("counting").asBoolean()).isTrue();
    // and starts the first periodic update cycle: 1 h from 09:10
    assertThat(clock(detail, "periodic_update").path("due_at").asString())
        .isEqualTo("2026-03-02T10:10:00Z");

    // a late event: the customer was asked for details at 09:05, which pauses resolution since then
    addEvent(
        ticket,
        "{\"type\": \"status_changed\", \"status\": \"waiting_customer\", \"at\": \"2026-03-02T09:05:00Z\"}");

    JsonNode resolution = clock(detail(ticket), "resolution");
    assertThat(resolution.path("state").asString()).isEqualTo("paused");
    assertThat(resolution.path("elapsed_seconds").asLong()).isEqualTo(300);
    assertThat(resolution.path("paused_seconds").asLong()).isEqualTo(300);
    assertThat(resolution.path("due_at").isNull()).isTrue();
  }

  @Test
  void aStoppedClockIsRewrittenOnlyWhenAnEventChangesIt() {
    String customer = customerWithContract("digested");
    String ticket = createTicket(customer, "P1", "servers", NOW);
    server.clock().set(NOW.plus(Duration.ofMinutes(10)));
    addEvent(ticket, "{\"type\": \"agent_replied\", \"public\": true}");

    server.clock().set(NOW.plus(Duration.ofMinutes(20)));
    addEvent(ticket, "{\"type\": \"agent_replied\", \"public\": false}");

    JsonNode detail = detail(ticket);
    // the met first response is as the 09:10 reply left it; the running resolution is as of 09:20
    assertThat(clock(detail, "first_response").path("computed_at").asString())
        .isEqualTo("2026-03-02T09:10:00Z");
    assertThat(clock(detail, "resolution").path("computed_at").asString())
        .isEqualTo("2026-03-02T09:20:00Z");
    assertThat(clock(detail, "resolution").path("elapsed_seconds").asLong()).isEqualTo(1200);

    // a late public reply at 09:04 moves the stopped clock: it is rewritten
    server.clock().set(NOW.plus(Duration.ofMinutes(30)));
    addEvent(
        ticket,
        "{\"type\": \"agent_replied\", \"public\": true, \"at\": \"2026-03-02T09:04:00Z\"}");

    JsonNode response = clock(detail(ticket), "first_response");
    assertThat(response.path("stopped_at").asString()).isEqualTo("2026-03-02T09:04:00Z");
    assertThat(response.path("elapsed_seconds").asLong()).isEqualTo(240);
    assertThat(response.path("computed_at").asString()).isEqualTo("2026-03-02T09:30:00Z");
    // and what is stored is what a rebuild from the events computes
    server.bean(ClockRebuild.class).rebuildAll();
    JsonNode rebuilt = clock(detail(ticket), "first_response");
    assertThat(rebuilt.path("stopped_at")).isEqualTo(response.path("stopped_at"));
    assertThat(rebuilt.path("elapsed_seconds")).isEqualTo(response.path("elapsed_seconds"));
    assertThat(rebuilt.path("timeline")).isEqualTo(response.path("timeline"));
  }

  @Test
  void aThresholdFinerThanTheStoredPrecisionIsRecordedOnceAcrossARebuild() {
    String customer = fixtures.customer("finer");
    // L1 at a third of the target, written finer than the four decimals the escalation table keeps
    String contract =
        ApiFixtures.contract("finer-contract", "{ from: 2026-01-01 }")
            .replace("      - { at: 0.75, level: L1 }\n", "      - { at: 0.33333, level: L1 }\n");
    assertThat(
            api.post("/api/v1/customers/" + customer + "/contracts")
                .token(ADMIN)
                .body("application/yaml", contract)
                .send()
                .status())
        .isEqualTo(201);
    String ticket = createTicket(customer, "P1", "servers", NOW);
    server.clock().set(NOW.plus(Duration.ofMinutes(11)));
    addEvent(ticket, "{\"type\": \"agent_replied\", \"public\": false}");
    server.bean(ClockRebuild.class).rebuildAll();

    server.clock().set(NOW.plus(Duration.ofMinutes(12)));
    addEvent(ticket, "{\"type\": \"agent_replied\", \"public\": false}");

    JsonNode feed =
        api.get("/api/v1/escalations?ticket_id=" + ticket + "&kind=escalation")
            .token(ADMIN)
            .send()
            .json();
    // first response (30 min) crossed a third at 09:10; resolution (4 h) has not
    assertThat(
            feed.path("items")
                .valueStream()
                .map(e -> e.path("metric").asString() + " " + e.path("at_fraction").asString()))
        .containsExactly("first_response 0.3333");
  }

  @Test
  void ticketsAreListedByRiskAndByBreach() {
    String customer = customerWithContract("risky");
    // first response due at 09:30, 30 minutes from now
    String dueSoon = createTicket(customer, "P1", "servers", NOW);
    // opened an hour ago without a reply: first response breached at 08:30
    String breached = createTicket(customer, "P1", "servers", NOW.minus(Duration.ofHours(1)));
    String base = "/api/v1/tickets?customer_id=" + customer;

    assertThat(ids(base + "&at_risk_within_minutes=30")).containsExactly(dueSoon);
    assertThat(ids(base + "&at_risk_within_minutes=29")).isEmpty();
    assertThat(ids(base + "&breached=true")).containsExactly(breached);
    assertThat(ids(base + "&breached=false")).containsExactly(dueSoon);
    assertThat(clock(detail(breached), "first_response").path("breached_at").asString())
        .isEqualTo("2026-03-02T08:30:00Z");
    assertInvalidField(api.get(base + "&breached=maybe").token(ADMIN).send(), "breached");
    assertInvalidField(
        api.get(base + "&at_risk_within_minutes=-1").token(ADMIN).send(), "at_risk_within_minutes");
  }

  @Test
  void refusesAServiceOrPriorityTheContractDoesNotKnow() {
    String customer = customerWithContract("strict");
    String body =
        "{\"customer_id\": \""
            + customer
            + "\", \"subject\": \"x\", \"priority\": \"%s\", \"service\": \"%s\"}";

    // backup is a service of the contract, but no SLA with ticket targets covers it
    assertInvalidField(
        api.post("/api/v1/tickets").token(ADMIN).json(body.formatted("P1", "backup")).send(),
        "service");
    assertInvalidField(
        api.post("/api/v1/tickets").token(ADMIN).json(body.formatted("P1", "coffee")).send(),
        "service");
    assertInvalidField(
        api.post("/api/v1/tickets").token(ADMIN).json(body.formatted("P9", "servers")).send(),
        "priority");
    String ticket = createTicket(customer, "P2", "servers", NOW);
    Api.Response changed =
        api.post("/api/v1/tickets/" + ticket + "/events")
            .token(ADMIN)
            .json("{\"type\": \"priority_changed\", \"priority\": \"P0\"}")
            .send();
    assertInvalidField(changed, "priority");
  }

  @Test
  void aCustomerWithoutAContractInForceHasTicketsWithoutClocks() {
    String customer = fixtures.customer("uncontracted");

    String ticket = createTicket(customer, "P1", "servers", NOW);

    JsonNode detail = detail(ticket);
    assertThat(detail.path("sla").isNull()).isTrue();
    assertThat(detail.path("clocks").size()).isZero();
  }

  @Test
  void rebuildingRecomputesTheRowsFromTheEvents() {
    String customer = customerWithContract("rebuilt");
    String ticket = createTicket(customer, "P1", "servers", NOW);
    addEvent(ticket, "{\"type\": \"agent_replied\", \"public\": true}");
    JsonNode before = detail(ticket).path("clocks");
    server.jdbc().sql("DELETE FROM clock WHERE ticket_id = :id").param("id", ticket).update();
    assertThat(detail(ticket).path("clocks").size()).isZero();

    server.bean(ClockRebuild.class).rebuildAll();

    assertThat(detail(ticket).path("clocks")).isEqualTo(before);
  }

  @Test
  void aRebuildAfterAContractChangeMeasuresByTheVersionNowInForce() {
    String customer = customerWithContract("changed");
    String ticket = createTicket(customer, "P1", "servers", NOW);
    // version 2 covers the same days and gives P1 an hour for the first response instead of 30
    // minutes
    String revised =
        ApiFixtures.contract("changed-contract-2", "{ from: 2026-01-01 }")
            .replace(
                "        P1: { target: 30m, calendar: always }\n",
                "        P1: { target: 1h, calendar: always }\n");
    Api.Response uploaded =
        api.post("/api/v1/customers/" + customer + "/contracts")
            .token(ADMIN)
            .body("application/yaml", revised)
            .send();
    assertThat(uploaded.status()).as("%s", uploaded).isEqualTo(201);
    // the upload schedules the rebuild of the ticket itself (ClockRebuildIntegrationTests); the
    // command's rebuild
    // of every ticket comes to the same result, whether or not the background one has run yet
    assertThat(uploaded.json().path("tickets_to_rebuild").asInt()).isEqualTo(1);

    server.bean(ClockRebuild.class).rebuildAll();

    JsonNode detail = detail(ticket);
    assertThat(detail.path("sla").path("contract_version").asInt()).isEqualTo(2);
    assertThat(clock(detail, "first_response").path("target_seconds").asLong()).isEqualTo(3600);
    assertThat(clock(detail, "first_response").path("due_at").asString())
        .isEqualTo("2026-03-02T10:00:00Z");
  }

  private List<String> ids(String path) {
    Api.Response response = api.get(path).token(ADMIN).send();
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    return response.json().path("items").valueStream().map(t -> t.path("id").asString()).toList();
  }
}
