package org.accordo.app.clocks;

import static org.accordo.app.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
 * A contract upload rebuilds, in the background and without any command, the clocks of the
 * customer's tickets opened on the days the new version covers, on each database. The contract is
 * the reference one (customer in Europe/Rome): P1 first response 30 min on the 24x7 calendar; the
 * second version gives it 1 h.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class ClockRebuildIntegrationTests {

  static final String ADMIN = RunningServer.ADMIN_TOKEN;

  /** A Monday, 10:00 in Rome. */
  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  /** The worker polls every 200 ms in the tests; this is ample. */
  static final Duration WITHIN = Duration.ofSeconds(15);

  private final RunningServer server;
  private final Api api;
  private final ApiFixtures fixtures;

  ClockRebuildIntegrationTests(TestDatabase database) {
    this.server = RunningServer.on(database);
    this.api = server.api();
    this.fixtures = new ApiFixtures(api);
  }

  @BeforeEach
  void setClock() {
    server.clock().set(NOW);
  }

  @Test
  void anUploadRebuildsTheClocksOfTheTicketsOpenedOnTheDaysItCovers() {
    String customer = fixtures.customer("rebuilt-by-upload");
    fixtures.uploadContract(customer, "v1", "{ from: 2026-01-01 }");
    // 2026-03-01 begins in Rome at 2026-02-28T23:00Z: the first ticket was opened on February 28
    // there, the others on
    // March 1 and 2, the days version 2 covers
    String lastDayOfV1 = createP1Ticket(customer, Instant.parse("2026-02-28T22:30:00Z"));
    String firstDayOfV2 = createP1Ticket(customer, Instant.parse("2026-02-28T23:30:00Z"));
    String today = createP1Ticket(customer, NOW);
    String other = fixtures.customer("not-rebuilt");
    fixtures.uploadContract(other, "other-v1", "{ from: 2026-01-01 }");
    String othersTicket = createP1Ticket(other, NOW);
    JsonNode othersClocks = detail(othersTicket).path("clocks");
    long escalationsBefore = escalations(firstDayOfV2);
    // opened 33.5 hours before now: L1, L2 and the breach of the first response (30 min) and of the
    // resolution (4 h)
    // are recorded already
    assertThat(escalationsBefore).isEqualTo(6);

    Api.Response uploaded =
        api.post("/api/v1/customers/" + customer + "/contracts")
            .token(ADMIN)
            .body(
                "application/yaml",
                ApiFixtures.contract("v2", "{ from: 2026-03-01 }")
                    .replace(
                        "        P1: { target: 30m, calendar: always }\n",
                        "        P1: { target: 1h, calendar: always }\n"))
            .send();

    assertThat(uploaded.status()).as("%s", uploaded).isEqualTo(201);
    assertThat(uploaded.json().path("tickets_to_rebuild").asInt()).isEqualTo(2);
    JsonNode progress =
        Await.until(
            WITHIN,
            () -> progress(customer, 2),
            p -> !p.path("completed_at").isNull(),
            "the rebuild completed");
    assertThat(progress.path("tickets").asInt()).isEqualTo(2);
    assertThat(progress.path("rebuilt").asInt()).isEqualTo(2);
    assertThat(progress.path("failing").asInt()).isZero();

    // measured by version 2: 1 h from the opening on the 24x7 calendar
    assertMeasuredBy(firstDayOfV2, 2, 3600, "2026-03-01T00:30:00Z");
    assertMeasuredBy(today, 2, 3600, "2026-03-02T10:00:00Z");
    // opened before version 2's first day, and another customer's ticket: untouched
    assertMeasuredBy(lastDayOfV1, 1, 1800, "2026-02-28T23:00:00Z");
    assertThat(detail(othersTicket).path("clocks")).isEqualTo(othersClocks);
    // what was told stays told: the breach at 23:30 under version 1 is not retracted, and nothing
    // is told twice
    assertThat(escalations(firstDayOfV2)).isEqualTo(escalationsBefore);
    assertThat(auditActions(customer + "/2"))
        .containsExactly("clock_rebuild.completed", "clock_rebuild.scheduled");
  }

  @Test
  void aVersionWithAnEndRebuildsOnlyTheTicketsOpenedUpToItsLastDay() {
    String customer = fixtures.customer("bounded-rebuild");
    fixtures.uploadContract(customer, "open-ended", "{ from: 2026-01-01 }");
    String inside = createP1Ticket(customer, Instant.parse("2026-02-10T09:00:00Z"));
    String after = createP1Ticket(customer, NOW);

    Api.Response uploaded =
        api.post("/api/v1/customers/" + customer + "/contracts")
            .token(ADMIN)
            .body(
                "application/yaml",
                ApiFixtures.contract("february", "{ from: 2026-02-01, to: 2026-02-28 }"))
            .send();

    assertThat(uploaded.status()).as("%s", uploaded).isEqualTo(201);
    assertThat(uploaded.json().path("tickets_to_rebuild").asInt()).isEqualTo(1);
    Await.until(
        WITHIN,
        () -> progress(customer, 2),
        p -> !p.path("completed_at").isNull(),
        "the rebuild completed");
    assertThat(detail(inside).path("sla").path("contract_version").asInt()).isEqualTo(2);
    // March is outside version 2: version 1 is still the latest upload covering March 2
    assertThat(detail(after).path("sla").path("contract_version").asInt()).isEqualTo(1);
  }

  @Test
  void anUploadWithoutTicketsToRebuildCompletesAndTheProgressIsTheCustomersToSee() {
    String customer = fixtures.customer("nothing-to-rebuild");
    fixtures.uploadContract(customer, "first", "{ from: 2026-01-01 }");

    JsonNode progress =
        Await.until(
            WITHIN,
            () -> progress(customer, 1),
            p -> !p.path("completed_at").isNull(),
            "the rebuild completed");

    assertThat(progress.path("tickets").asInt()).isZero();
    assertThat(progress.path("completed_at").asString()).isEqualTo(NOW.toString());
    assertThat(
            api.get(progressPath(customer, 1))
                .token(fixtures.customerToken(customer))
                .send()
                .status())
        .isEqualTo(200);
    String stranger = fixtures.customerToken(fixtures.customer("stranger"));
    assertProblem(api.get(progressPath(customer, 1)).token(stranger).send(), 404);
    assertProblem(api.get(progressPath(customer, 7)).token(ADMIN).send(), 404);
  }

  private void assertMeasuredBy(String ticket, int version, long targetSeconds, String dueAt) {
    JsonNode detail = detail(ticket);
    JsonNode firstResponse =
        detail
            .path("clocks")
            .valueStream()
            .filter(c -> c.path("metric").asString().equals("first_response"))
            .findFirst()
            .orElseThrow();
    assertThat(detail.path("sla").path("contract_version").asInt())
        .as("version of %s", ticket)
        .isEqualTo(version);
    assertThat(firstResponse.path("target_seconds").asLong())
        .as("target of %s", ticket)
        .isEqualTo(targetSeconds);
    assertThat(firstResponse.path("due_at").asString()).as("due of %s", ticket).isEqualTo(dueAt);
  }

  private String createP1Ticket(String customer, Instant openedAt) {
    return fixtures.ticket(customer, "P1", "servers", openedAt);
  }

  private JsonNode detail(String ticket) {
    Api.Response response = api.get("/api/v1/tickets/" + ticket).token(ADMIN).send();
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    return response.json();
  }

  private long escalations(String ticket) {
    return api.get("/api/v1/escalations?ticket_id=" + ticket)
        .token(ADMIN)
        .send()
        .json()
        .path("total")
        .asLong();
  }

  private static String progressPath(String customer, int version) {
    return "/api/v1/customers/" + customer + "/contracts/" + version + "/clock-rebuild";
  }

  private JsonNode progress(String customer, int version) {
    Api.Response response = api.get(progressPath(customer, version)).token(ADMIN).send();
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    return response.json();
  }

  /** The audit actions on a contract version, newest first. */
  private List<String> auditActions(String entityId) {
    return api.get("/api/v1/audit?size=100")
        .token(ADMIN)
        .send()
        .json()
        .path("items")
        .valueStream()
        .filter(e -> e.path("entity_id").asString().equals(entityId))
        .map(e -> e.path("action").asString())
        .filter(a -> a.startsWith("clock_rebuild."))
        .toList();
  }
}
