package org.accordo.app.rca;

import static org.accordo.app.support.ProblemAssertions.assertInvalidField;
import static org.accordo.app.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.accordo.app.notifications.HistoryLoads;
import org.accordo.app.security.Caller;
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
 * RCA obligations on each database, with the reference contract but an RCA due within 8 office
 * hours (Europe/Rome, Mon-Fri 09:00-13:00 and 14:00-18:00), P1 required, also after a breach; the
 * SLA's thresholds L1 at 75% and L2 at 100%.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class RcaIntegrationTests {

  static final String ADMIN = RunningServer.ADMIN_TOKEN;

  /** Monday 2 March 2026, 14:00 in Rome. */
  static final Instant MONDAY_1300Z = Instant.parse("2026-03-02T13:00:00Z");

  static final Duration WITHIN = Duration.ofSeconds(10);

  private final RunningServer server;
  private final Api api;
  private final ApiFixtures fixtures;

  RcaIntegrationTests(TestDatabase database) {
    this.server = RunningServer.on(database);
    this.api = server.api();
    this.fixtures = new ApiFixtures(api);
  }

  @BeforeEach
  void setClock() {
    server.clock().set(MONDAY_1300Z);
  }

  @Test
  void aP1ResolutionOpensAnRcaDueOnTheOfficeCalendarThatEscalatesAndBreachesOnce() {
    String customer = customerWithRcaIn8OfficeHours("due");
    String ticket = resolvedP1(customer);

    JsonNode listed = rcas("?customer_id=" + customer, ADMIN);
    assertThat(listed.size()).isEqualTo(1);
    String id = listed.get(0).path("id").asString();
    JsonNode rca = rca(id, ADMIN);
    assertThat(rca.path("state").asString()).isEqualTo("draft");
    assertThat(rca.path("opened_by").asString()).isEqualTo("resolution");
    assertThat(rca.path("priority").asString()).isEqualTo("P1");
    assertThat(rca.path("calendar").asString()).isEqualTo("office");
    assertThat(rca.path("tickets").valueStream().map(JsonNode::asString)).containsExactly(ticket);
    // resolved Monday 15:00 in Rome: 3 office hours that day, then Tuesday 09:00-13:00 and
    // 14:00-15:00 make 8; 75% (6 h) is Tuesday 12:00 in Rome
    assertThat(rca.path("opened_at").asString()).isEqualTo("2026-03-02T14:00:00Z");
    assertThat(rca.path("due_at").asString()).isEqualTo("2026-03-03T14:00:00Z");
    assertThat(thresholds(rca))
        .containsExactly(
            "escalation 0.75 L1 2026-03-03T11:00:00Z null",
            "breach 1 null 2026-03-03T14:00:00Z null",
            "escalation 1 L2 2026-03-03T14:00:00Z null");
    assertThat(rca.path("breached_at").isNull()).isTrue();

    server.clock().set(Instant.parse("2026-03-03T11:30:00Z"));
    Await.until(
        WITHIN,
        () -> rca(id, ADMIN),
        r -> !r.path("thresholds").get(0).path("recorded_at").isNull(),
        "L1 recorded");
    assertThat(rca(id, ADMIN).path("thresholds").get(1).path("recorded_at").isNull()).isTrue();

    server.clock().set(Instant.parse("2026-03-03T14:30:00Z"));
    JsonNode breached =
        Await.until(
            WITHIN,
            () -> rca(id, ADMIN),
            r -> r.path("thresholds").valueStream().noneMatch(t -> t.path("recorded_at").isNull()),
            "L2 and the breach recorded");
    assertThat(breached.path("breached_at").asString()).isEqualTo("2026-03-03T14:00:00Z");
    sleep(Duration.ofMillis(600));
    assertThat(audited(customer, "rca.breached")).isEqualTo(1);
    assertThat(audited(customer, "rca.escalated")).isEqualTo(2);
    assertThat(rcas("?customer_id=" + customer + "&due_before=2026-03-03T14:00:01Z", ADMIN).size())
        .isEqualTo(1);
    assertThat(rcas("?customer_id=" + customer + "&due_before=2026-03-03T14:00:00Z", ADMIN).size())
        .isZero();
  }

  @Test
  void aBreachOpensAnRcaOnceAndTheLaterResolutionOpensNoOther() {
    String customer = customerWithRcaIn8OfficeHours("breach");
    String ticket = fixtures.ticket(customer, "P3", "servers", null);

    // P3 first response: 4 office hours from Monday 14:00 in Rome, breached Monday 18:00 (17:00Z)
    server.clock().set(Instant.parse("2026-03-03T09:30:00Z"));
    JsonNode opened =
        Await.until(
            WITHIN,
            () -> rcas("?customer_id=" + customer, ADMIN),
            items -> items.size() == 1,
            "the RCA the breach opens");
    assertThat(opened.get(0).path("opened_by").asString()).isEqualTo("breach");
    assertThat(opened.get(0).path("priority").asString()).isEqualTo("P3");
    assertThat(opened.get(0).path("opened_at").asString()).isEqualTo("2026-03-02T17:00:00Z");

    event(ticket, "{\"type\": \"status_changed\", \"status\": \"resolved\"}");
    assertThat(rcas("?customer_id=" + customer, ADMIN).size()).isEqualTo(1);
  }

  @Test
  void aBreachOfHistoryLoadedForTheCustomerOpensNoRcaAndALaterOneDoes() {
    String customer = customerWithRcaIn8OfficeHours("history");
    // P3 first responses of 4 office hours: this one breaches Monday 18:00 in Rome (17:00Z)
    String past = fixtures.ticket(customer, "P3", "servers", null);
    server.clock().set(Instant.parse("2026-03-02T15:00:00Z"));
    // and this one, from Monday 16:00 in Rome, Tuesday 11:00 in Rome (10:00Z)
    String later = fixtures.ticket(customer, "P3", "servers", null);
    // history (an import, say) loaded for the customer from Monday 21:00 in Rome
    server
        .bean(HistoryLoads.class)
        .started(Caller.SYSTEM, customer, Instant.parse("2026-03-02T20:00:00Z"));

    server.clock().set(Instant.parse("2026-03-03T10:30:00Z"));
    JsonNode opened =
        Await.until(
            WITHIN,
            () -> rcas("?customer_id=" + customer, ADMIN),
            items -> items.size() == 1,
            "the RCA of the breach after the history");
    assertThat(opened.get(0).path("tickets").valueStream().map(JsonNode::asString))
        .containsExactly(later);
    assertThat(opened.get(0).path("opened_at").asString()).isEqualTo("2026-03-03T10:00:00Z");
    // both breaches are recorded; the one of history opened nothing
    assertThat(
            server
                .jdbc()
                .sql(
                    "SELECT ticket_id FROM escalation WHERE customer_id = :c AND kind = 'breach'"
                        + " ORDER BY occurred_at")
                .param("c", customer)
                .query(String.class)
                .list())
        .containsExactly(past, later);
    sleep(Duration.ofMillis(600));
    assertThat(rcas("?customer_id=" + customer, ADMIN).size()).isEqualTo(1);
  }

  @Test
  void draftThenDeliveredThenAnsweredEachByTheRoleThatMay() {
    String customer = customerWithRcaIn8OfficeHours("states");
    resolvedP1(customer);
    String id = rcas("?customer_id=" + customer, ADMIN).get(0).path("id").asString();
    String agent = fixtures.agentToken();
    String own = fixtures.customerToken(customer);
    String stranger = fixtures.customerToken(fixtures.customer("stranger"));

    // staff only: writing and delivering; a customer token changes nothing
    assertProblem(write(id, own, record("A switch failed", "firmware bug")), 403);
    assertProblem(api.post("/api/v1/rcas/" + id + "/delivery").token(own).send(), 403);
    assertThat(rca(id, ADMIN).path("summary").isNull()).isTrue();
    // delivered only with a root cause
    assertThat(write(id, agent, record("A switch failed", null)).status()).isEqualTo(200);
    assertInvalidField(
        api.post("/api/v1/rcas/" + id + "/delivery").token(agent).send(), "root_cause");
    assertInvalidField(write(id, agent, record(null, "x")), "summary");
    Api.Response written = write(id, agent, record("A switch failed", "firmware bug"));
    assertThat(written.status()).as("%s", written).isEqualTo(200);
    assertThat(written.json().path("actions").get(0).path("owner").asString()).isEqualTo("Giulia");
    assertThat(written.json().path("notes").size()).isEqualTo(2);
    // the answer is the customer's, and only once delivered
    assertProblem(answer(id, own, "accepted", null), 409);
    assertProblem(answer(id, agent, "accepted", null), 403);

    server.clock().set(Instant.parse("2026-03-03T10:00:00Z"));
    Api.Response delivered = api.post("/api/v1/rcas/" + id + "/delivery").token(agent).send();
    assertThat(delivered.status()).as("%s", delivered).isEqualTo(201);
    assertThat(delivered.json().path("state").asString()).isEqualTo("delivered");
    assertThat(delivered.json().path("delivered_at").asString()).isEqualTo("2026-03-03T10:00:00Z");
    assertThat(delivered.json().path("breached_at").isNull()).isTrue();
    // its clock stopped: no threshold left to pass, even after the due instant
    assertThat(delivered.json().path("thresholds").size()).isZero();
    assertProblem(write(id, agent, record("changed", "changed")), 409);
    assertProblem(api.post("/api/v1/rcas/" + id + "/delivery").token(agent).send(), 409);

    // the customer reads it without the internal note, another customer not at all
    JsonNode seen = rca(id, own);
    assertThat(seen.path("notes").valueStream().map(n -> n.path("visibility").asString()))
        .containsExactly("customer");
    assertProblem(api.get("/api/v1/rcas/" + id).token(stranger).send(), 404);
    assertProblem(answer(id, stranger, "accepted", null), 404);
    assertThat(rcas("", stranger).size()).isZero();

    assertInvalidField(answer(id, own, "disputed", null), "reason");
    Api.Response disputed = answer(id, own, "disputed", "the switch was replaced in 2025");
    assertThat(disputed.status()).as("%s", disputed).isEqualTo(201);
    assertThat(disputed.json().path("state").asString()).isEqualTo("disputed");
    assertThat(disputed.json().path("answer").asString())
        .isEqualTo("the switch was replaced in 2025");
    assertProblem(answer(id, own, "accepted", null), 409);
    assertThat(rcas("?state=disputed", own).size()).isEqualTo(1);
    assertThat(rcas("?state=draft", own).size()).isZero();
  }

  @Test
  void theDocumentIsHtmlOrPdfInEnglishOrItalianWithoutTheInternalNotes() throws Exception {
    String customer = customerWithRcaIn8OfficeHours("document");
    resolvedP1(customer);
    String id = rcas("?customer_id=" + customer, ADMIN).get(0).path("id").asString();
    assertThat(write(id, ADMIN, record("A switch failed", "firmware bug")).status()).isEqualTo(200);
    String own = fixtures.customerToken(customer);

    Api.Response english = api.get("/api/v1/rcas/" + id + "/document").token(own).send();
    assertThat(english.status()).as("%s", english).isEqualTo(200);
    assertThat(english.header("Content-Type")).startsWith("text/html");
    assertThat(english.body())
        .contains("Root cause analysis", "A switch failed", "firmware bug", "update the firmware")
        .contains("Giulia", "no redundant uplink", "thank you for your patience", "Server down")
        .doesNotContain("vendor ticket 4711");
    Api.Response italian =
        api.get("/api/v1/rcas/" + id + "/document?language=it").token(ADMIN).send();
    assertThat(italian.body())
        .contains("Analisi delle cause", "Causa principale", "Azioni correttive e preventive")
        .contains("correttiva", "aperta")
        .doesNotContain("vendor ticket 4711");
    Api.Response pdf =
        api.get("/api/v1/rcas/" + id + "/document?format=pdf&language=it").token(own).send();
    assertThat(pdf.status()).as("%s", pdf).isEqualTo(200);
    assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
    byte[] bytes = api.get("/api/v1/rcas/" + id + "/document?format=pdf").token(own).sendBytes();
    assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "rca"));
    java.nio.file.Files.write(java.nio.file.Path.of("target", "rca", "rca-en.pdf"), bytes);
    java.nio.file.Files.write(
        java.nio.file.Path.of("target", "rca", "rca-it.pdf"),
        api.get("/api/v1/rcas/" + id + "/document?format=pdf&language=it").token(own).sendBytes());
    assertInvalidField(
        api.get("/api/v1/rcas/" + id + "/document?language=de").token(own).send(), "language");
    assertProblem(
        api.get("/api/v1/rcas/" + id + "/document")
            .token(fixtures.customerToken(fixtures.customer("stranger")))
            .send(),
        404);
  }

  @Test
  void severalTicketsShareOneRcaAndATicketHasAtMostOne() {
    String customer = customerWithRcaIn8OfficeHours("shared");
    String first = resolvedP1(customer);
    String id = rcas("?customer_id=" + customer, ADMIN).get(0).path("id").asString();
    String second = fixtures.ticket(customer, "P4", "servers", null);
    String elsewhere = fixtures.ticket(fixtures.customerWithContract("other"), "P4", null, null);

    Api.Response added =
        api.post("/api/v1/rcas/" + id + "/tickets")
            .token(ADMIN)
            .json("{\"ticket_id\": \"" + second + "\"}")
            .send();
    assertThat(added.status()).as("%s", added).isEqualTo(201);
    assertThat(added.json().path("tickets").valueStream().map(JsonNode::asString))
        .containsExactlyInAnyOrder(first, second);
    assertProblem(
        api.post("/api/v1/rcas/" + id + "/tickets")
            .token(ADMIN)
            .json("{\"ticket_id\": \"" + second + "\"}")
            .send(),
        409);
    assertInvalidField(
        api.post("/api/v1/rcas/" + id + "/tickets")
            .token(ADMIN)
            .json("{\"ticket_id\": \"" + elsewhere + "\"}")
            .send(),
        "ticket_id");
    assertProblem(
        api.post("/api/v1/rcas/" + id + "/tickets")
            .token(fixtures.customerToken(customer))
            .json("{\"ticket_id\": \"" + second + "\"}")
            .send(),
        403);
  }

  @Test
  void eachThresholdIsRecordedOnceWhenSeveralNodesPollAtOnce() throws Exception {
    String customer = customerWithRcaIn8OfficeHours("nodes");
    for (int i = 0; i < 3; i++) {
      resolvedP1(customer);
      server.clock().set(MONDAY_1300Z);
    }
    RcaScheduler scheduler = server.bean(RcaScheduler.class);

    server.clock().set(Instant.parse("2026-03-04T09:00:00Z"));
    List<CompletableFuture<Integer>> nodes = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      nodes.add(CompletableFuture.supplyAsync(scheduler::runBatch));
    }
    for (CompletableFuture<Integer> node : nodes) {
      node.get();
    }
    Await.until(
        WITHIN, () -> audited(customer, "rca.breached"), count -> count == 3, "the three breaches");
    sleep(Duration.ofMillis(600));
    assertThat(audited(customer, "rca.breached")).isEqualTo(3);
    assertThat(audited(customer, "rca.escalated")).isEqualTo(6);
  }

  /** A P1 ticket opened Monday 14:00 in Rome, answered at 14:10, resolved at 15:00. */
  private String resolvedP1(String customer) {
    String ticket = fixtures.ticket(customer, "P1", "servers", null);
    server.clock().set(MONDAY_1300Z.plus(Duration.ofMinutes(10)));
    event(ticket, "{\"type\": \"agent_replied\", \"public\": true}");
    server.clock().set(MONDAY_1300Z.plus(Duration.ofHours(1)));
    event(ticket, "{\"type\": \"status_changed\", \"status\": \"resolved\"}");
    return ticket;
  }

  private String customerWithRcaIn8OfficeHours(String prefix) {
    String id = fixtures.customer(prefix);
    String contract =
        ApiFixtures.contract(prefix + "-contract", "{ from: 2026-01-01 }")
            .replace(
                "within: { duration: 5d, calendar: office }",
                "within: { duration: 8h, calendar: office }");
    Api.Response uploaded =
        api.post("/api/v1/customers/" + id + "/contracts")
            .token(ADMIN)
            .body("application/yaml", contract)
            .send();
    assertThat(uploaded.status()).as("%s", uploaded).isEqualTo(201);
    return id;
  }

  private void event(String ticket, String json) {
    Api.Response response =
        api.post("/api/v1/tickets/" + ticket + "/events").token(ADMIN).json(json).send();
    assertThat(response.status()).as("%s", response).isEqualTo(201);
  }

  private static String record(String summary, String rootCause) {
    return "{"
        + (summary == null ? "" : "\"summary\": \"" + summary + "\", ")
        + (rootCause == null ? "" : "\"root_cause\": \"" + rootCause + "\", ")
        + "\"timeline\": [{\"at\": \"2026-03-02T13:00:00Z\", \"what\": \"the core switch"
        + " rebooted\"}],"
        + " \"contributing_factors\": [\"no redundant uplink\"],"
        + " \"actions\": [{\"kind\": \"corrective\", \"description\": \"update the firmware\","
        + " \"owner\": \"Giulia\", \"due\": \"2026-03-10\", \"state\": \"open\"}],"
        + " \"notes\": [{\"visibility\": \"customer\", \"text\": \"thank you for your patience\"},"
        + " {\"visibility\": \"internal\", \"text\": \"vendor ticket 4711\"}]}";
  }

  private Api.Response write(String id, String token, String json) {
    return api.put("/api/v1/rcas/" + id).token(token).json(json).send();
  }

  private Api.Response answer(String id, String token, String outcome, String reason) {
    return api.post("/api/v1/rcas/" + id + "/answer")
        .token(token)
        .json(
            "{\"outcome\": \""
                + outcome
                + "\""
                + (reason == null ? "" : ", \"reason\": \"" + reason + "\"")
                + "}")
        .send();
  }

  private JsonNode rcas(String query, String token) {
    Api.Response response = api.get("/api/v1/rcas" + query).token(token).send();
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    return response.json().path("items");
  }

  private JsonNode rca(String id, String token) {
    Api.Response response = api.get("/api/v1/rcas/" + id).token(token).send();
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    return response.json();
  }

  private static List<String> thresholds(JsonNode rca) {
    return rca.path("thresholds")
        .valueStream()
        .map(
            t ->
                t.path("kind").asString()
                    + " "
                    + t.path("at_fraction").decimalValue().stripTrailingZeros().toPlainString()
                    + " "
                    + (t.path("level").isNull() ? "null" : t.path("level").asString())
                    + " "
                    + t.path("due_at").asString()
                    + " "
                    + (t.path("recorded_at").isNull() ? "null" : t.path("recorded_at").asString()))
        .toList();
  }

  private int audited(String customer, String action) {
    return api.get("/api/v1/audit?customer_id=" + customer + "&action=" + action + "&size=100")
        .token(ADMIN)
        .send()
        .json()
        .path("total")
        .asInt();
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
