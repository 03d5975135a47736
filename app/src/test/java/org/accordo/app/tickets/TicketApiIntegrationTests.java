package org.accordo.app.tickets;

import static org.accordo.app.support.ProblemAssertions.assertForbiddenField;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** Tickets over HTTP, on each database: creation, reading, listing with filters. */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class TicketApiIntegrationTests {

  static final String ADMIN = RunningServer.ADMIN_TOKEN;
  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  private final RunningServer server;
  private final Api api;
  private final ApiFixtures fixtures;

  TicketApiIntegrationTests(TestDatabase database) {
    this.server = RunningServer.on(database);
    this.api = server.api();
    this.fixtures = new ApiFixtures(api);
  }

  @BeforeEach
  void setClock() {
    server.clock().set(NOW);
  }

  static String ticket(String customer, String externalId, String priority) {
    String external = externalId == null ? "" : "\"external_id\": \"" + externalId + "\", ";
    return "{\"customer_id\": \""
        + customer
        + "\", "
        + external
        + "\"subject\": \"Printer on fire\", \"priority\": \""
        + priority
        + "\", \"service\": \"service-desk\"}";
  }

  @Test
  void createsATicketWithItsCreatedEvent() {
    String customer = fixtures.customer("tix");

    Api.Response created =
        api.post("/api/v1/tickets")
            .token(ADMIN)
            .json(
                "{\"customer_id\": \""
                    + customer
                    + "\", \"external_id\": \"PSA-1001\", \"subject\": \"VPN down\","
                    + " \"priority\": \"P2\", \"service\": \"service-desk\", \"opened_at\": \"2026-03-02T09:30:00+01:00\"}")
            .send();

    assertThat(created.status()).as("%s", created).isEqualTo(201);
    String id = created.json().path("id").asString();
    assertThat(created.header("Location")).isEqualTo("/api/v1/tickets/" + id);
    JsonNode detail = api.get("/api/v1/tickets/" + id).token(ADMIN).send().json();
    JsonNode ticket = detail.path("ticket");
    assertThat(ticket.path("status").asString()).isEqualTo("new");
    assertThat(ticket.path("priority").asString()).isEqualTo("P2");
    assertThat(ticket.path("external_id").asString()).isEqualTo("PSA-1001");
    // 09:30 at +01:00 is 08:30 UTC
    assertThat(ticket.path("opened_at").asString()).isEqualTo("2026-03-02T08:30:00Z");
    assertThat(detail.path("events").size()).isEqualTo(1);
    JsonNode createdEvent = detail.path("events").get(0);
    assertThat(createdEvent.path("type").asString()).isEqualTo("created");
    assertThat(createdEvent.path("at").asString()).isEqualTo("2026-03-02T08:30:00Z");
    assertThat(createdEvent.path("priority").asString()).isEqualTo("P2");
    assertThat(createdEvent.has("status")).isFalse();
  }

  @Test
  void anExternalIdIsUniquePerCustomer() {
    String first = fixtures.customer("ext-a");
    String second = fixtures.customer("ext-b");
    assertThat(create(ticket(first, "PSA-7", "P3")).status()).isEqualTo(201);

    assertProblem(create(ticket(first, "PSA-7", "P1")), 409);
    assertThat(create(ticket(second, "PSA-7", "P3")).status()).isEqualTo(201);
  }

  @Test
  void listsTicketsByCustomerStatusPriorityAndExternalId() {
    String customer = fixtures.customer("listed");
    String p1 = create(ticket(customer, "L-1", "P1")).json().path("id").asString();
    create(ticket(customer, "L-2", "P3"));
    server.clock().advance(Duration.ofMinutes(1));
    String p3 = create(ticket(customer, "L-3", "P3")).json().path("id").asString();
    api.post("/api/v1/tickets/" + p3 + "/events")
        .token(ADMIN)
        .json("{\"type\": \"status_changed\", \"status\": \"in_progress\"}")
        .send();

    String base = "/api/v1/tickets?customer_id=" + customer;
    assertThat(ids(base)).hasSize(3);
    assertThat(ids(base + "&priority=P1")).containsExactly(p1);
    assertThat(ids(base + "&status=in_progress")).containsExactly(p3);
    assertThat(ids(base + "&external_id=L-3")).containsExactly(p3);
    // the newest first by default
    assertThat(ids(base + "&priority=P3").get(0)).isEqualTo(p3);
    JsonNode page = api.get(base + "&size=2&page=1&sort=opened_at").token(ADMIN).send().json();
    assertThat(page.path("total").asLong()).isEqualTo(3);
    assertThat(page.path("items").size()).isEqualTo(1);
    assertThat(page.path("items").get(0).path("id").asString()).isEqualTo(p3);
  }

  @Test
  void refusesBadTicketsNamingTheFieldAndStoresNothing() {
    String customer = fixtures.customer("bad-tix");
    assertInvalidField(
        create("{\"customer_id\": \"" + customer + "\", \"subject\": \"x\"}"), "priority");
    assertInvalidField(
        create(
            "{\"customer_id\": \"" + customer + "\", \"subject\": \"x\", \"priority\": \"P 1\"}"),
        "priority");
    assertInvalidField(
        create("{\"customer_id\": \"" + customer + "\", \"priority\": \"P1\"}"), "subject");
    assertInvalidField(
        create(
            "{\"customer_id\": \""
                + customer
                + "\", \"subject\": \"x\", \"priority\": \"P1\","
                + " \"opened_at\": \"2026-03-02T09:00:00\"}"),
        "opened_at");
    assertInvalidField(
        create(
            "{\"customer_id\": \""
                + customer
                + "\", \"subject\": \"x\", \"priority\": \"P1\","
                + " \"opened_at\": \"2026-03-02T09:06:00Z\"}"),
        "opened_at");
    assertInvalidField(
        create(
            "{\"customer_id\": \""
                + customer
                + "\", \"subject\": \"x\", \"priority\": \"P1\","
                + " \"status\": \"closed\"}"),
        "status");
    assertInvalidField(api.get("/api/v1/tickets?status=done").token(ADMIN).send(), "status");
    assertInvalidField(api.get("/api/v1/tickets?sort=subject").token(ADMIN).send(), "sort");
    assertInvalidField(
        api.get("/api/v1/tickets?external_id=a%00b").token(ADMIN).send(), "external_id");
    assertProblem(create(ticket("no-such-customer", null, "P1")), 404);

    assertThat(ids("/api/v1/tickets?customer_id=" + customer)).isEmpty();
  }

  @Test
  void aCustomerTokenCreatesAndSeesOnlyItsOwnTickets() {
    String own = fixtures.customer("portal");
    String other = fixtures.customer("elsewhere");
    String token = fixtures.customerToken(own);
    String otherTicket = create(ticket(other, null, "P2")).json().path("id").asString();

    Api.Response mine =
        api.post("/api/v1/tickets").token(token).json(ticket(own, null, "P3")).send();
    assertThat(mine.status()).isEqualTo(201);

    assertThat(ids("/api/v1/tickets?size=100", token))
        .containsExactly(mine.json().path("id").asString());
    assertProblem(api.get("/api/v1/tickets/" + otherTicket).token(token).send(), 404);
    assertProblem(
        api.post("/api/v1/tickets").token(token).json(ticket(other, null, "P3")).send(), 404);
    assertProblem(api.get("/api/v1/tickets?customer_id=" + other).token(token).send(), 404);
  }

  @Test
  void aCustomersTicketOpensAtTheServersNowWithThePriorityItChose() {
    String customer = fixtures.customerWithContract("portal-now");
    String token = fixtures.customerToken(customer);

    Api.Response created =
        api.post("/api/v1/tickets").token(token).json(ticket(customer, "C-1", "P1")).send();

    assertThat(created.status()).as("%s", created).isEqualTo(201);
    String id = created.json().path("id").asString();
    assertThat(created.json().path("opened_at").asString()).isEqualTo(NOW.toString());
    JsonNode detail = api.get("/api/v1/tickets/" + id).token(token).send().json();
    assertThat(detail.path("events").get(0).path("at").asString()).isEqualTo(NOW.toString());
    assertThat(detail.path("clocks").size()).isPositive();
    assertThat(detail.path("clocks").valueStream())
        .allSatisfy(
            clock -> {
              assertThat(clock.path("started_at").asString()).isEqualTo(NOW.toString());
              assertThat(clock.path("state").asString()).isEqualTo("running");
            });
    assertThat(detail.path("ticket").path("priority").asString()).isEqualTo("P1");
  }

  @Test
  void thePriorityACustomerChoseStandsUntilStaffChangeIt() {
    String customer = fixtures.customerWithContract("portal-prio");
    String token = fixtures.customerToken(customer);
    String id =
        api.post("/api/v1/tickets")
            .token(token)
            .json(ticket(customer, null, "P1"))
            .send()
            .json()
            .path("id")
            .asString();
    String changeToP3 = "{\"type\": \"priority_changed\", \"priority\": \"P3\"}";

    assertForbiddenField(
        api.post("/api/v1/tickets/" + id + "/events").token(token).json(changeToP3).send(), "type");
    assertThat(priorityOf(id)).isEqualTo("P1");

    Api.Response byStaff =
        api.post("/api/v1/tickets/" + id + "/events")
            .token(fixtures.agentToken())
            .json(changeToP3)
            .send();
    assertThat(byStaff.status()).as("%s", byStaff).isEqualTo(201);
    assertThat(priorityOf(id)).isEqualTo("P3");
  }

  @ParameterizedTest(name = "opened_at {0}")
  @ValueSource(strings = {"2026-02-27T09:00:00Z", "2025-06-01T00:00:00Z", "2026-03-02T09:00:00Z"})
  void aCustomerMayNotDateItsTicketAndNothingIsStored(String openedAt) {
    String customer = fixtures.customerWithContract("portal-dated");
    String token = fixtures.customerToken(customer);

    assertForbiddenField(
        api.post("/api/v1/tickets")
            .token(token)
            .json(
                "{\"customer_id\": \""
                    + customer
                    + "\", \"subject\": \"Backdated\", \"priority\": \"P1\", \"opened_at\": \""
                    + openedAt
                    + "\"}")
            .send(),
        "opened_at");

    assertThat(ids("/api/v1/tickets?customer_id=" + customer)).isEmpty();
  }

  @Test
  void staffMayStillDateATicket() {
    String customer = fixtures.customerWithContract("staff-dated");

    Api.Response created =
        api.post("/api/v1/tickets")
            .token(fixtures.agentToken())
            .json(
                "{\"customer_id\": \""
                    + customer
                    + "\", \"subject\": \"Phoned in\", \"priority\": \"P3\","
                    + " \"opened_at\": \"2026-03-02T08:00:00Z\"}")
            .send();

    assertThat(created.status()).as("%s", created).isEqualTo(201);
    assertThat(created.json().path("opened_at").asString()).isEqualTo("2026-03-02T08:00:00Z");
  }

  @Test
  void creatingATicketIsAudited() {
    String customer = fixtures.customer("audit-tix");
    String id = create(ticket(customer, "A-1", "P1")).json().path("id").asString();

    JsonNode entries = api.get("/api/v1/audit?size=100").token(ADMIN).send().json().path("items");
    assertThat(
            entries
                .valueStream()
                .filter(e -> e.path("entity_id").asString().equals(id))
                .map(e -> e.path("action").asString() + " of " + e.path("customer_id").asString()))
        .containsExactly("ticket.created of " + customer);
  }

  private String priorityOf(String id) {
    return api.get("/api/v1/tickets/" + id)
        .token(ADMIN)
        .send()
        .json()
        .path("ticket")
        .path("priority")
        .asString();
  }

  private Api.Response create(String json) {
    return api.post("/api/v1/tickets").token(ADMIN).json(json).send();
  }

  private java.util.List<String> ids(String path) {
    return ids(path, ADMIN);
  }

  private java.util.List<String> ids(String path, String token) {
    Api.Response response = api.get(path).token(token).send();
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    return response.json().path("items").valueStream().map(t -> t.path("id").asString()).toList();
  }
}
