package org.accordo.app.audit;

import static org.accordo.app.support.ProblemAssertions.assertInvalidField;
import static org.accordo.app.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.accordo.app.support.Api;
import org.accordo.app.support.ApiFixtures;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/audit} with its filters (customer, actor, action, period), on each database.
 * The server is shared, so every query here names something of this test alone: its customers, its
 * token, or a day of 2027 no other test's clock visits.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class AuditApiIntegrationTests {

  static final String ADMIN = RunningServer.ADMIN_TOKEN;

  /** Where the other tests of this class work. */
  static final Instant START = Instant.parse("2027-05-03T09:00:00Z");

  /** A day only the test of periods visits. */
  static final Instant MORNING = Instant.parse("2027-05-04T08:00:00Z");

  static final Instant NOON = Instant.parse("2027-05-04T12:00:00Z");
  static final Instant EVENING = Instant.parse("2027-05-04T18:00:00Z");

  private final RunningServer server;
  private final Api api;
  private final ApiFixtures fixtures;

  AuditApiIntegrationTests(TestDatabase database) {
    this.server = RunningServer.on(database);
    this.api = server.api();
    this.fixtures = new ApiFixtures(api);
  }

  @BeforeEach
  void setClock() {
    server.clock().set(START);
  }

  @Test
  void filtersByCustomer() {
    String mine = fixtures.customer("audited");
    String other = fixtures.customer("not-audited");
    fixtures.ticket(mine, "P3", null, null);
    fixtures.ticket(other, "P3", null, null);

    JsonNode page = audit("customer_id=" + mine);

    assertThat(page.path("total").asLong()).isEqualTo(2);
    assertThat(actions(page)).containsExactly("ticket.created", "customer.created");
    assertThat(page.path("items").valueStream().map(e -> e.path("customer_id").asString()))
        .containsOnly(mine);
  }

  @Test
  void filtersByActorAndAction() {
    String customer = fixtures.customer("acted");
    Api.Response issued =
        api.post("/api/v1/tokens")
            .token(ADMIN)
            .json("{\"name\": \"audited agent\", \"role\": \"agent\"}")
            .send();
    String agentId = issued.json().path("id").asString();
    String agent = issued.json().path("token").asString();
    String ticket =
        api.post("/api/v1/tickets")
            .token(agent)
            .json(
                "{\"customer_id\": \"" + customer + "\", \"subject\": \"x\", \"priority\": \"P3\"}")
            .send()
            .json()
            .path("id")
            .asString();
    api.post("/api/v1/tickets/" + ticket + "/events")
        .token(agent)
        .json("{\"type\": \"agent_replied\", \"public\": true}")
        .send();

    JsonNode byAgent = audit("actor=" + agentId);
    JsonNode created = audit("actor=" + agentId + "&action=ticket.created");
    JsonNode ofCustomerByAdmin = audit("customer_id=" + customer + "&action=customer.created");

    assertThat(actions(byAgent)).containsExactly("ticket.event_added", "ticket.created");
    assertThat(created.path("items").valueStream().map(e -> e.path("entity_id").asString()))
        .containsExactly(ticket);
    assertThat(ofCustomerByAdmin.path("total").asLong()).isEqualTo(1);
    assertThat(audit("actor=" + agentId + "&action=customer.created").path("total").asLong())
        .isZero();
  }

  @Test
  void filtersByAPeriodFromInclusiveToExclusive() {
    server.clock().set(MORNING);
    String early = fixtures.customer("early");
    server.clock().set(NOON);
    String midday = fixtures.customer("midday");
    server.clock().set(EVENING);
    String late = fixtures.customer("late");
    String created = "action=customer.created&";

    assertThat(customers(audit(created + "from=" + MORNING + "&to=" + EVENING)))
        .containsExactly(midday, early);
    assertThat(customers(audit(created + "from=" + NOON + "&to=" + EVENING)))
        .containsExactly(midday);
    assertThat(customers(audit(created + "from=" + NOON + "&to=2027-05-05T00:00:00Z")))
        .containsExactly(late, midday);
    assertThat(customers(audit(created + "from=2027-05-04T13:00:00%2B02:00&to=" + NOON))).isEmpty();
    assertThat(customers(audit(created + "from=" + MORNING + "&to=" + MORNING.plusSeconds(1))))
        .containsExactly(early);
  }

  @Test
  void pagesAFilteredLogOldestFirstToo() {
    String customer = fixtures.customer("paged");
    fixtures.ticket(customer, "P3", null, null);
    fixtures.ticket(customer, "P4", null, null);

    JsonNode first = audit("customer_id=" + customer + "&size=2&sort=id");
    JsonNode second = audit("customer_id=" + customer + "&size=2&page=1&sort=id");

    assertThat(first.path("total").asLong()).isEqualTo(3);
    assertThat(actions(first)).containsExactly("customer.created", "ticket.created");
    assertThat(actions(second)).containsExactly("ticket.created");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # query                                                          | field
      customer_id=Not%20An%20Id                                        | customer_id
      actor=tok%3Bdrop                                                 | actor
      action=created                                                   | action
      action=Ticket.Created                                            | action
      from=2027-05-04                                                  | from
      to=2027-05-04T12:00:00                                           | to
      from=2027-05-04T12:00:00Z&to=2027-05-04T12:00:00Z                | to
      from=2027-05-04T13:00:00Z&to=2027-05-04T12:00:00Z                | to
      sort=occurred_at                                                 | sort
      """)
  void refusesABadFilterNamingIt(String query, String field) {
    assertInvalidField(api.get("/api/v1/audit?" + query).token(ADMIN).send(), field);
  }

  @Test
  void isTheAdminsOnly() {
    String customer = fixtures.customer("audit-only-admins");

    assertProblem(
        api.get("/api/v1/audit?customer_id=" + customer)
            .token(fixtures.customerToken(customer))
            .send(),
        403);
    assertProblem(
        api.get("/api/v1/audit?customer_id=" + customer).token(fixtures.agentToken()).send(), 403);
  }

  private JsonNode audit(String query) {
    Api.Response response = api.get("/api/v1/audit?" + query).token(ADMIN).send();
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    return response.json();
  }

  private static List<String> actions(JsonNode page) {
    return page.path("items").valueStream().map(e -> e.path("action").asString()).toList();
  }

  private static List<String> customers(JsonNode page) {
    return page.path("items").valueStream().map(e -> e.path("entity_id").asString()).toList();
  }
}
