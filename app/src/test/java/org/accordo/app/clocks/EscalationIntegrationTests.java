package org.accordo.app.clocks;

import static org.accordo.app.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.accordo.app.support.Api;
import org.accordo.app.support.ApiFixtures;
import org.accordo.app.support.Await;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * Escalations recorded by the scheduler when a threshold passes with no event, once each, and the
 * feed, on each database. The contract is the reference one: P1 first response 30 min on 24x7, L1
 * at 75%, L2 at 100%.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class EscalationIntegrationTests {

  static final String ADMIN = RunningServer.ADMIN_TOKEN;
  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  /** The scheduler polls every 200 ms in the tests (1 s by default); this is ample. */
  static final Duration WITHIN = Duration.ofSeconds(5);

  private final RunningServer server;
  private final Api api;
  private final ApiFixtures fixtures;

  EscalationIntegrationTests(TestDatabase database) {
    this.server = RunningServer.on(database);
    this.api = server.api();
    this.fixtures = new ApiFixtures(api);
  }

  @BeforeEach
  void setClock() {
    server.clock().set(NOW);
  }

  @Test
  void theSchedulerRecordsEachCrossingAndTheBreachOnceWithoutAnyEvent() {
    String customer = customerWithContract("escalated");
    String ticket = createP1Ticket(customer);

    // 23 minutes later, with no event: L1 (75% of 30 min) was crossed at 09:22:30
    server.clock().set(NOW.plus(Duration.ofMinutes(23)));
    JsonNode first =
        Await.until(
            WITHIN, () -> escalations(ticket), items -> items.size() == 1, "the L1 escalation");
    assertThat(first.get(0).path("kind").asString()).isEqualTo("escalation");
    assertThat(first.get(0).path("level").asString()).isEqualTo("L1");
    assertThat(first.get(0).path("at_fraction").decimalValue()).isEqualByComparingTo("0.75");
    assertThat(first.get(0).path("occurred_at").asString()).isEqualTo("2026-03-02T09:22:30Z");
    assertThat(first.get(0).path("metric").asString()).isEqualTo("first_response");

    // past 30 minutes: L2 (100%) and the breach, both at 09:30
    server.clock().set(NOW.plus(Duration.ofMinutes(31)));
    Await.until(WITHIN, () -> escalations(ticket), items -> items.size() == 3, "L2 and the breach");
    // several more polls of the scheduler, and an event that recomputes the clocks, record nothing
    // again
    api.post("/api/v1/tickets/" + ticket + "/events")
        .token(ADMIN)
        .json("{\"type\": \"customer_replied\"}")
        .send();
    sleep(Duration.ofMillis(800));
    JsonNode all = escalations(ticket);
    assertThat(
            all.valueStream()
                .map(
                    e ->
                        e.path("kind").asString()
                            + " "
                            + e.path("level").asString()
                            + " "
                            + e.path("occurred_at").asString()))
        .containsExactlyInAnyOrder(
            "escalation L1 2026-03-02T09:22:30Z",
            "escalation L2 2026-03-02T09:30:00Z",
            "breach L2 2026-03-02T09:30:00Z");
    String forCustomer = fixtures.customerToken(customer);
    assertThat(
            api.get("/api/v1/escalations?ticket_id=" + ticket)
                .token(forCustomer)
                .send()
                .json()
                .path("total")
                .asInt())
        .isEqualTo(3);
    String stranger = fixtures.customerToken(fixtures.customer("stranger"));
    assertThat(
            api.get("/api/v1/escalations?ticket_id=" + ticket)
                .token(stranger)
                .send()
                .json()
                .path("total")
                .asInt())
        .isZero();
    assertProblem(
        api.get("/api/v1/escalations?customer_id=" + customer).token(stranger).send(), 404);
  }

  @Test
  void theFeedNamesEachTicketAsPeopleDo() {
    String customer = customerWithContract("named");
    String numbered =
        api.post("/api/v1/tickets")
            .token(ADMIN)
            .json(
                "{\"customer_id\": \""
                    + customer
                    + "\", \"external_id\": \"INC-4711\", \"subject\": \"VPN down\","
                    + " \"priority\": \"P1\", \"service\": \"servers\"}")
            .send()
            .json()
            .path("id")
            .asString();
    String unnumbered = createP1Ticket(customer);

    server.clock().set(NOW.plus(Duration.ofMinutes(23)));
    JsonNode feed =
        Await.until(
            WITHIN,
            () ->
                api.get("/api/v1/escalations?customer_id=" + customer)
                    .token(fixtures.customerToken(customer))
                    .send()
                    .json()
                    .path("items"),
            items -> items.size() == 2,
            "the L1 escalation of both tickets");

    JsonNode ofNumbered = byTicket(feed, numbered);
    assertThat(ofNumbered.path("ticket_external_id").asString()).isEqualTo("INC-4711");
    assertThat(ofNumbered.path("ticket_subject").asString()).isEqualTo("VPN down");
    JsonNode ofUnnumbered = byTicket(feed, unnumbered);
    assertThat(ofUnnumbered.path("ticket_external_id").isNull()).as("%s", ofUnnumbered).isTrue();
    assertThat(ofUnnumbered.path("ticket_subject").asString()).isEqualTo("Server down");
  }

  private static JsonNode byTicket(JsonNode items, String ticket) {
    return items
        .valueStream()
        .filter(e -> e.path("ticket_id").asString().equals(ticket))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no escalation of " + ticket + " in " + items));
  }

  private String customerWithContract(String prefix) {
    return fixtures.customerWithContract(prefix);
  }

  private String createP1Ticket(String customer) {
    return fixtures.ticket(customer, "P1", "servers", null);
  }

  private JsonNode escalations(String ticket) {
    return api.get("/api/v1/escalations?ticket_id=" + ticket)
        .token(ADMIN)
        .send()
        .json()
        .path("items");
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
