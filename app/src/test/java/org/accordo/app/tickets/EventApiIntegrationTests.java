package org.accordo.app.tickets;

import static org.accordo.app.support.ProblemAssertions.assertForbiddenField;
import static org.accordo.app.support.ProblemAssertions.assertInvalidField;
import static org.accordo.app.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

/** {@code POST /api/v1/tickets/{id}/events} over HTTP, on each database. */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class EventApiIntegrationTests {

  private static final String ADMIN = RunningServer.ADMIN_TOKEN;

  /** The server's now in these tests; tickets are opened one hour earlier. */
  private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

  private final RunningServer server;
  private final Api api;
  private final ApiFixtures fixtures;
  private String customer;
  private String ticket;

  EventApiIntegrationTests(TestDatabase database) {
    this.server = RunningServer.on(database);
    this.api = server.api();
    this.fixtures = new ApiFixtures(api);
  }

  @BeforeEach
  void openATicketAnHourAgo() {
    server.clock().set(NOW);
    customer = fixtures.customer("events");
    Api.Response created =
        api.post("/api/v1/tickets")
            .token(ADMIN)
            .json(
                "{\"customer_id\": \""
                    + customer
                    + "\", \"subject\": \"Mail down\", \"priority\": \"P2\", \"opened_at\": \"2026-03-02T09:00:00Z\"}")
            .send();
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    ticket = created.json().path("id").asString();
  }

  @Test
  void appendsEventsOfEveryTypeAndKeepsTheirFields() {
    assertThat(
            post("{\"type\": \"agent_replied\", \"public\": true, \"at\": \"2026-03-02T09:10:00Z\"}")
                .status())
        .isEqualTo(201);
    assertThat(post("{\"type\": \"customer_replied\", \"at\": \"2026-03-02T09:20:00Z\"}").status())
        .isEqualTo(201);
    assertThat(post("{\"type\": \"plan_provided\", \"at\": \"2026-03-02T09:30:00Z\"}").status())
        .isEqualTo(201);
    assertThat(
            post("{\"type\": \"excluded\", \"from\": \"2026-03-02T09:35:00Z\", \"to\": \"2026-03-02T09:45:00Z\","
                    + " \"reason\": \"customer site without power\", \"metrics\": [\"resolution\"], \"at\": \"2026-03-02T09:40:00Z\"}")
                .status())
        .isEqualTo(201);
    assertThat(post("{\"type\": \"cancelled\", \"at\": \"2026-03-02T09:50:00Z\"}").status())
        .isEqualTo(201);

    JsonNode events = api.get("/api/v1/tickets/" + ticket + "/events").token(ADMIN).send().json();
    assertThat(events.valueStream().map(e -> e.path("type").asString()))
        .containsExactly(
            "created",
            "agent_replied",
            "customer_replied",
            "plan_provided",
            "excluded",
            "cancelled");
    assertThat(events.get(1).path("public").asBoolean()).isTrue();
    JsonNode excluded = events.get(4);
    assertThat(excluded.path("reason").asString()).isEqualTo("customer site without power");
    assertThat(excluded.path("metrics").get(0).asString()).isEqualTo("resolution");
    assertThat(excluded.path("from").asString()).isEqualTo("2026-03-02T09:35:00Z");
    JsonNode ticketNow =
        api.get("/api/v1/tickets/" + ticket).token(ADMIN).send().json().path("ticket");
    assertThat(ticketNow.path("cancelled_at").asString()).isEqualTo("2026-03-02T09:50:00Z");
  }

  @Test
  void foldsStatusAndPriorityByInstantSoALateEventDoesNotOverrideALaterOne() {
    post(
        "{\"type\": \"status_changed\", \"status\": \"resolved\", \"at\": \"2026-03-02T09:50:00Z\"}");
    // arrives later, happened earlier
    post(
        "{\"type\": \"status_changed\", \"status\": \"in_progress\", \"at\": \"2026-03-02T09:20:00Z\"}");
    post(
        "{\"type\": \"priority_changed\", \"priority\": \"P1\", \"at\": \"2026-03-02T09:30:00Z\"}");

    JsonNode detail = api.get("/api/v1/tickets/" + ticket).token(ADMIN).send().json();
    assertThat(detail.path("ticket").path("status").asString()).isEqualTo("resolved");
    assertThat(detail.path("ticket").path("priority").asString()).isEqualTo("P1");
    assertThat(detail.path("events").valueStream().map(e -> e.path("at").asString()))
        .containsExactly(
            "2026-03-02T09:00:00Z",
            "2026-03-02T09:20:00Z",
            "2026-03-02T09:30:00Z",
            "2026-03-02T09:50:00Z");
  }

  @Test
  void anEventWithoutAtHappensAtTheServersNow() {
    Api.Response response = post("{\"type\": \"customer_replied\"}");

    assertThat(response.json().path("at").asString()).isEqualTo(NOW.toString());
  }

  @Test
  void keepsInstantsToTheMillisecond() {
    Api.Response response =
        post("{\"type\": \"customer_replied\", \"at\": \"2026-03-02T10:10:00.123456789+01:00\"}");

    assertThat(response.json().path("at").asString()).isEqualTo("2026-03-02T09:10:00.123Z");
    assertThat(
            api.get("/api/v1/tickets/" + ticket + "/events")
                .token(ADMIN)
                .send()
                .json()
                .get(1)
                .path("at")
                .asString())
        .isEqualTo("2026-03-02T09:10:00.123Z");
  }

  @Test
  void acceptsAnEventUpToFiveMinutesAheadOfTheServerClock() {
    assertThat(post("{\"type\": \"customer_replied\", \"at\": \"2026-03-02T10:05:00Z\"}").status())
        .isEqualTo(201);
    assertInvalidField(
        post("{\"type\": \"customer_replied\", \"at\": \"2026-03-02T10:05:00.001Z\"}"), "at");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # what                              | body                                                                        | field
      before the ticket was created       | {"type": "customer_replied", "at": "2026-03-02T08:59:59Z"}                  | at
      far in the future                   | {"type": "customer_replied", "at": "2026-03-03T10:00:00Z"}                  | at
      instant without offset              | {"type": "customer_replied", "at": "2026-03-02T09:30:00"}                   | at
      impossible date                     | {"type": "customer_replied", "at": "2026-02-30T09:30:00Z"}                  | at
      instant as a number                 | {"type": "customer_replied", "at": 1772442000}                              | at
      unknown type                        | {"type": "agent_waved"}                                                     | type
      no type                             | {"at": "2026-03-02T09:30:00Z"}                                              | type
      a second created event              | {"type": "created", "priority": "P1"}                                       | type
      unknown status                      | {"type": "status_changed", "status": "done"}                                | status
      status missing                      | {"type": "status_changed"}                                                  | status
      field of another type               | {"type": "agent_replied", "public": true, "status": "open"}                 | status
      public missing                      | {"type": "agent_replied"}                                                   | public
      public as a string                  | {"type": "agent_replied", "public": "yes"}                                  | public
      priority with a space               | {"type": "priority_changed", "priority": "P 1"}                             | priority
      exclusion without reason            | {"type": "excluded", "from": "2026-03-02T09:10:00Z", "to": "2026-03-02T09:20:00Z"} | reason
      exclusion ending before it starts   | {"type": "excluded", "from": "2026-03-02T09:20:00Z", "to": "2026-03-02T09:10:00Z", "reason": "x"} | to
      exclusion of an unknown metric      | {"type": "excluded", "from": "2026-03-02T09:10:00Z", "to": "2026-03-02T09:20:00Z", "reason": "x", "metrics": ["uptime"]} | metrics[0]
      unknown field                       | {"type": "customer_replied", "customer_id": "someone-else"}                 | customer_id
      """)
  void refusesABadEventNamingTheFieldAndStoresNothing(String what, String body, String field) {
    assertInvalidField(post(body), field);

    assertThat(api.get("/api/v1/tickets/" + ticket + "/events").token(ADMIN).send().json().size())
        .isEqualTo(1);
  }

  @Test
  void aRetryWithTheSameKeyAndBodyAnswersTheFirstEventAndStoresNoSecond() {
    String body =
        "{\"type\": \"status_changed\", \"status\": \"in_progress\", \"at\": \"2026-03-02T09:15:00Z\"}";

    Api.Response first = postWithKey("retry-1", body);
    server.clock().advance(Duration.ofSeconds(30));
    Api.Response retry = postWithKey("retry-1", body);

    assertThat(first.status()).isEqualTo(201);
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.body()).isEqualTo(first.body());
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(api.get("/api/v1/tickets/" + ticket + "/events").token(ADMIN).send().json().size())
        .isEqualTo(2);
  }

  @Test
  void theSameKeyWithAnotherBodyIsRefusedWith422() {
    postWithKey("mixed-up", "{\"type\": \"customer_replied\", \"at\": \"2026-03-02T09:15:00Z\"}");

    JsonNode problem =
        assertProblem(
            postWithKey(
                "mixed-up", "{\"type\": \"customer_replied\", \"at\": \"2026-03-02T09:16:00Z\"}"),
            422);

    assertThat(problem.path("type").asString())
        .isEqualTo("urn:accordo:problem:idempotency-key-reused");
    assertThat(api.get("/api/v1/tickets/" + ticket + "/events").token(ADMIN).send().json().size())
        .isEqualTo(2);
  }

  @Test
  void concurrentRequestsWithTheSameKeyStoreOneEvent() throws Exception {
    String body = "{\"type\": \"customer_replied\", \"at\": \"2026-03-02T09:15:00Z\"}";
    List<Future<Api.Response>> responses = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      for (int i = 0; i < 6; i++) {
        responses.add(pool.submit(() -> postWithKey("race", body)));
      }
      List<String> eventIds = new ArrayList<>();
      for (Future<Api.Response> response : responses) {
        Api.Response r = response.get();
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        eventIds.add(r.json().path("id").asString());
      }
      assertThat(eventIds).containsOnly(eventIds.get(0));
    } finally {
      pool.shutdownNow();
    }
    assertThat(api.get("/api/v1/tickets/" + ticket + "/events").token(ADMIN).send().json().size())
        .isEqualTo(2);
  }

  @Test
  void concurrentEventsOnATicketWithoutAnSlaLeaveTheStatusOfTheLatestDated() throws Exception {
    // this customer has no contract: no SLA row serialises the ticket's events, its own row must
    String[] statuses = {
      "open", "in_progress", "waiting_customer", "waiting_third_party", "on_hold", "resolved"
    };
    List<Future<Api.Response>> responses = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (int minute = 1; minute <= 48; minute++) {
        String body =
            "{\"type\": \"status_changed\", \"status\": \""
                + statuses[minute % statuses.length]
                + "\", \"at\": \""
                + Instant.parse("2026-03-02T09:00:00Z").plusSeconds(60L * minute)
                + "\"}";
        responses.add(pool.submit(() -> post(body)));
      }
      for (Future<Api.Response> response : responses) {
        assertThat(response.get().status()).isEqualTo(201);
      }
    } finally {
      pool.shutdownNow();
    }

    // the latest-dated change is 09:48's, 48 % 6 = 0: open
    JsonNode detail = api.get("/api/v1/tickets/" + ticket).token(ADMIN).send().json();
    assertThat(detail.path("ticket").path("status").asString()).isEqualTo("open");
    assertThat(detail.path("events").size()).isEqualTo(49);
  }

  @Test
  void refusesAMalformedIdempotencyKey() {
    assertInvalidField(
        postWithKey("x".repeat(201), "{\"type\": \"customer_replied\"}"), "Idempotency-Key");
  }

  @Test
  void aCustomersReplyIsDatedByTheServer() {
    String token = fixtures.customerToken(customer);

    Api.Response first = postAs(token, "{\"type\": \"customer_replied\"}");
    server.clock().advance(Duration.ofSeconds(29));
    Api.Response second = postAs(token, "{\"type\": \"customer_replied\"}");

    assertThat(first.status()).as("%s", first).isEqualTo(201);
    assertThat(first.json().path("at").asString()).isEqualTo(NOW.toString());
    assertThat(second.json().path("at").asString()).isEqualTo(NOW.plusSeconds(29).toString());
  }

  @Test
  void aCustomerMayNotDateItsReply() {
    String token = fixtures.customerToken(customer);

    assertForbiddenField(
        postAs(token, "{\"type\": \"customer_replied\", \"at\": \"2026-03-02T09:05:00Z\"}"), "at");
    assertForbiddenField(
        postAs(token, "{\"type\": \"customer_replied\", \"at\": \"2026-03-02T10:00:00Z\"}"), "at");

    assertThat(eventCount()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # what                     | body
      its status                 | {"type": "status_changed", "status": "closed"}
      waiting for itself         | {"type": "status_changed", "status": "waiting_customer"}
      its priority               | {"type": "priority_changed", "priority": "P1"}
      an exclusion               | {"type": "excluded", "from": "2026-03-02T09:10:00Z", "to": "2026-03-02T09:50:00Z", "reason": "mine"}
      a cancellation             | {"type": "cancelled"}
      the MSP's reply            | {"type": "agent_replied", "public": true}
      the MSP's plan             | {"type": "plan_provided"}
      """)
  void aCustomerSetsNoStatusPriorityOrExclusionAndNothingIsStored(String what, String body) {
    String token = fixtures.customerToken(customer);

    assertForbiddenField(postAs(token, body), "type");

    assertThat(eventCount()).isEqualTo(1);
    JsonNode stored = api.get("/api/v1/tickets/" + ticket).token(ADMIN).send().json();
    assertThat(stored.path("ticket").path("status").asString()).isEqualTo("new");
    assertThat(stored.path("ticket").path("priority").asString()).isEqualTo("P2");
    assertThat(audited(ticket)).containsExactly("ticket.created");
  }

  @Test
  void aCustomerTokenMayNotPostToAnotherCustomersTicket() {
    String stranger = fixtures.customerToken(fixtures.customer("stranger"));

    assertProblem(postAs(stranger, "{\"type\": \"customer_replied\"}"), 404);
    assertThat(eventCount()).isEqualTo(1);
  }

  @Test
  void eachEventIsAudited() {
    post("{\"type\": \"customer_replied\", \"at\": \"2026-03-02T09:15:00Z\"}");

    JsonNode entries = api.get("/api/v1/audit?size=100").token(ADMIN).send().json().path("items");
    assertThat(
            entries
                .valueStream()
                .filter(e -> e.path("entity_id").asString().equals(ticket))
                .map(e -> e.path("action").asString()))
        .containsExactly("ticket.event_added", "ticket.created");
  }

  @Test
  void anUnknownTicketIs404() {
    assertProblem(
        api.post("/api/v1/tickets/no-such-ticket/events")
            .token(ADMIN)
            .json("{\"type\": \"customer_replied\"}")
            .send(),
        404);
  }

  private Api.Response postAs(String token, String json) {
    return api.post("/api/v1/tickets/" + ticket + "/events").token(token).json(json).send();
  }

  private int eventCount() {
    return api.get("/api/v1/tickets/" + ticket + "/events").token(ADMIN).send().json().size();
  }

  /** The audit actions recorded for the ticket, newest first. */
  private List<String> audited(String ticketId) {
    return api.get("/api/v1/audit?size=100&customer_id=" + customer)
        .token(ADMIN)
        .send()
        .json()
        .path("items")
        .valueStream()
        .filter(e -> e.path("entity_id").asString().equals(ticketId))
        .map(e -> e.path("action").asString())
        .toList();
  }

  private Api.Response post(String json) {
    return api.post("/api/v1/tickets/" + ticket + "/events").token(ADMIN).json(json).send();
  }

  private Api.Response postWithKey(String key, String json) {
    return api.post("/api/v1/tickets/" + ticket + "/events")
        .token(ADMIN)
        .header("Idempotency-Key", key)
        .json(json)
        .send();
  }
}
