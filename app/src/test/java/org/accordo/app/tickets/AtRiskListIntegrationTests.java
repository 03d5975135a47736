package org.accordo.app.tickets;

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
 * The ticket list as an at-risk list, on each database: each ticket's running clock due soonest
 * (metric, due instant, remaining as of the request) and the order by due instant. The contract is
 * the reference one, tickets opened Monday 2026-03-02 at 10:00 in Rome: P1 first response 30 min
 * around the clock (due 09:30Z), P2 2 h and P3 4 h in office hours, 09-13 and 14-18 in Rome (due
 * 11:00Z and 14:00Z).
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class AtRiskListIntegrationTests {

  static final String ADMIN = RunningServer.ADMIN_TOKEN;
  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  private final RunningServer server;
  private final Api api;
  private final ApiFixtures fixtures;
  private String customer;

  AtRiskListIntegrationTests(TestDatabase database) {
    this.server = RunningServer.on(database);
    this.api = server.api();
    this.fixtures = new ApiFixtures(api);
  }

  @BeforeEach
  void aCustomerWithAContract() {
    server.clock().set(NOW);
    customer = fixtures.customerWithContract("at-risk");
  }

  @Test
  void eachTicketShowsItsClockDueSoonestWithTheTimeLeftAsOfTheRequest() {
    String p1 = fixtures.ticket(customer, "P1", "service-desk", null);
    server.clock().set(NOW.plus(Duration.ofMinutes(10)));

    JsonNode atTen = only(list("&at_risk_within_minutes=60"), p1);
    server.clock().set(NOW.plus(Duration.ofMinutes(10)).plusSeconds(29));
    JsonNode later = only(list("&at_risk_within_minutes=60"), p1);

    JsonNode due = atTen.path("next_due");
    assertThat(due.path("metric").asString()).isEqualTo("first_response");
    assertThat(due.path("cycle").asInt()).isEqualTo(1);
    assertThat(due.path("due_at").asString()).isEqualTo("2026-03-02T09:30:00Z");
    assertThat(due.path("remaining_seconds").asLong()).isEqualTo(20 * 60);
    assertThat(later.path("next_due").path("remaining_seconds").asLong()).isEqualTo(20 * 60 - 29);
  }

  @Test
  void theTimeLeftIsBusinessTimeOfTheClocksCalendar() {
    String p3 = fixtures.ticket(customer, "P3", "service-desk", null);
    // 13:10 in Rome, at lunch: of the 4 h, 3 were before lunch
    server.clock().set(Instant.parse("2026-03-02T12:10:00Z"));
    long atLunch = only(list(""), p3).path("next_due").path("remaining_seconds").asLong();
    server.clock().set(Instant.parse("2026-03-02T12:50:00Z"));
    long laterAtLunch = only(list(""), p3).path("next_due").path("remaining_seconds").asLong();

    assertThat(atLunch).isEqualTo(3600);
    assertThat(laterAtLunch).isEqualTo(3600);
  }

  @Test
  void sortsByTheDueInstantWithTicketsWithoutARunningClockLast() {
    String p3 = fixtures.ticket(customer, "P3", "service-desk", null);
    String p1 = fixtures.ticket(customer, "P1", "service-desk", null);
    String p2 = fixtures.ticket(customer, "P2", "service-desk", null);
    String cancelled = fixtures.ticket(customer, "P1", "service-desk", null);
    Api.Response cancel =
        api.post("/api/v1/tickets/" + cancelled + "/events")
            .token(ADMIN)
            .json("{\"type\": \"cancelled\"}")
            .send();
    assertThat(cancel.status()).as("%s", cancel).isEqualTo(201);

    JsonNode ascending = list("&sort=due_at");
    JsonNode descending = list("&sort=-due_at");

    assertThat(ids(ascending)).containsExactly(p1, p2, p3, cancelled);
    assertThat(ids(descending)).containsExactly(p3, p2, p1, cancelled);
    assertThat(ascending.path("sort").asString()).isEqualTo("due_at");
    assertThat(ascending.path("items").get(1).path("next_due").path("due_at").asString())
        .isEqualTo("2026-03-02T11:00:00Z");
    assertThat(ascending.path("items").get(2).path("next_due").path("due_at").asString())
        .isEqualTo("2026-03-02T14:00:00Z");
    assertThat(ascending.path("items").get(3).path("next_due").isNull()).isTrue();
    assertThat(ids(list("&at_risk_within_minutes=120&sort=due_at"))).containsExactly(p1, p2);
  }

  @Test
  void aCustomerTokenSeesTheSameDueClocksOfItsOwnTickets() {
    String p1 = fixtures.ticket(customer, "P1", "service-desk", null);
    String token = fixtures.customerToken(customer);

    Api.Response response =
        api.get("/api/v1/tickets?at_risk_within_minutes=30&sort=due_at").token(token).send();

    assertThat(response.status()).as("%s", response).isEqualTo(200);
    assertThat(ids(response.json())).containsExactly(p1);
    assertThat(response.json().path("items").get(0).path("next_due").path("due_at").asString())
        .isEqualTo("2026-03-02T09:30:00Z");
  }

  private JsonNode list(String query) {
    Api.Response response =
        api.get("/api/v1/tickets?customer_id=" + customer + query).token(ADMIN).send();
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    return response.json();
  }

  private static JsonNode only(JsonNode page, String ticket) {
    assertThat(ids(page)).containsExactly(ticket);
    return page.path("items").get(0);
  }

  private static List<String> ids(JsonNode page) {
    return page.path("items").valueStream().map(t -> t.path("id").asString()).toList();
  }
}
