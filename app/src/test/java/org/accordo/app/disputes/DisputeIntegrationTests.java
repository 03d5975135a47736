package org.accordo.app.disputes;

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
 * The dispute state machine on each database, with the role allowed each change: the customer opens
 * and writes; staff write and note internally; an admin accepts (the correcting action taken) or
 * rejects with a reason, once. A customer trying a staff change gets 403 and nothing changes;
 * another customer's dispute is not found. The contract is the reference one: P1 first response 30
 * min on 24x7; its provider's contact is the MSP's, its customer's contact the customer's.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class DisputeIntegrationTests {

  static final String ADMIN = RunningServer.ADMIN_TOKEN;
  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  static final String MSP = "giulia.rossi@rossi-it.example";
  static final String CONTACT = "marco@bianchi.example";

  private final RunningServer server;
  private final Api api;
  private final ApiFixtures fixtures;

  DisputeIntegrationTests(TestDatabase database) {
    this.server = RunningServer.on(database);
    this.api = server.api();
    this.fixtures = new ApiFixtures(api);
  }

  @BeforeEach
  void setClock() {
    server.clock().set(NOW);
  }

  @Test
  void anAcceptedClockDisputeExcludesTheIntervalAndTellsTheMspThenTheCustomer() {
    String customer = fixtures.customerWithContract("clockdispute");
    String ticket = breachedFirstResponse(customer);
    String own = fixtures.customerToken(customer);

    Api.Response opened = openClock(own, ticket, "first_response");
    assertThat(opened.status()).as("%s", opened).isEqualTo(201);
    String id = opened.json().path("id").asString();
    assertThat(opened.json().path("state").asString()).isEqualTo("open");
    assertThat(opened.json().path("customer_id").asString()).isEqualTo(customer);
    assertThat(DisputeMail.await(server, MSP, id, 1).get(0))
        .isEqualTo(
            "[Accordo] Dispute opened by "
                + customer
                + " of the first_response clock of ticket "
                + ticket);

    assertThat(write(own, id, "our VPN was down from 09:00", false).status()).isEqualTo(201);
    assertThat(write(fixtures.agentToken(), id, "checking the logs", false).status())
        .isEqualTo(201);
    assertThat(write(ADMIN, id, "the logs confirm it", true).status()).isEqualTo(201);
    JsonNode seenByCustomer = api.get("/api/v1/disputes/" + id).token(own).send().json();
    assertThat(seenByCustomer.path("messages").valueStream().map(m -> m.path("text").asString()))
        .containsExactly("our VPN was down from 09:00", "checking the logs");
    JsonNode seenByStaff = api.get("/api/v1/disputes/" + id).token(ADMIN).send().json();
    assertThat(seenByStaff.path("messages").valueStream().map(m -> m.path("seq").asInt()))
        .containsExactly(1, 2, 3);
    assertThat(seenByStaff.path("messages").get(2).path("internal").asBoolean()).isTrue();
    assertThat(seenByStaff.path("messages").get(0).path("by_staff").asBoolean()).isFalse();

    Api.Response accepted =
        decide(
            id,
            ADMIN,
            "{\"outcome\": \"accepted\", \"note\": \"the VPN log confirms it\", \"correction\":"
                + " {\"from\": \"2026-03-02T09:00:00Z\", \"to\": \"2026-03-02T09:20:00Z\"}}");
    assertThat(accepted.status()).as("%s", accepted).isEqualTo(201);
    assertThat(accepted.json().path("state").asString()).isEqualTo("accepted");
    assertThat(accepted.json().path("correction").asString())
        .startsWith("excluded event ")
        .contains("on ticket " + ticket + " for first_response");

    // 40 minutes to the public reply, 20 of them excluded: 20 minutes elapsed, met
    JsonNode clock = firstResponse(ticket);
    assertThat(clock.path("state").asString()).isEqualTo("met");
    assertThat(clock.path("elapsed_seconds").asLong()).isEqualTo(20 * 60);
    JsonNode events =
        api.get("/api/v1/tickets/" + ticket).token(ADMIN).send().json().path("events");
    assertThat(events.get(events.size() - 1).path("reason").asString())
        .isEqualTo("dispute " + id + " accepted: the VPN log confirms it");
    assertThat(DisputeMail.await(server, CONTACT, id, 1).get(0))
        .isEqualTo(
            "[Accordo] Your dispute of the first_response clock of ticket "
                + ticket
                + " is accepted");
    JsonNode audit =
        api.get("/api/v1/audit?customer_id=" + customer).token(ADMIN).send().json().path("items");
    assertThat(audit.valueStream().map(e -> e.path("action").asString()))
        .contains("dispute.opened", "dispute.message", "dispute.noted", "dispute.accepted");
  }

  @Test
  void aCustomerTryingEachStaffChangeIsRefusedAndNothingChanges() {
    String customer = fixtures.customerWithContract("staffonly");
    String ticket = breachedFirstResponse(customer);
    String own = fixtures.customerToken(customer);
    String id = openClock(own, ticket, "first_response").json().path("id").asString();
    JsonNode before = api.get("/api/v1/disputes/" + id).token(ADMIN).send().json();

    assertProblem(write(own, id, "a note of my own", true), 403);
    assertProblem(accept(id, own), 403);
    assertProblem(decide(id, own, "{\"outcome\": \"rejected\", \"note\": \"no\"}"), 403);
    // an agent decides nothing either
    assertProblem(accept(id, fixtures.agentToken()), 403);
    assertProblem(
        decide(id, fixtures.agentToken(), "{\"outcome\": \"rejected\", \"note\": \"no\"}"), 403);

    assertThat(api.get("/api/v1/disputes/" + id).token(ADMIN).send().json()).isEqualTo(before);
    assertThat(firstResponse(ticket).path("state").asString()).isEqualTo("breached");
    // only the customer opens a dispute
    assertProblem(openClock(ADMIN, ticket, "first_response"), 403);
    assertProblem(openClock(fixtures.agentToken(), ticket, "first_response"), 403);
  }

  @Test
  void aDecisionIsFinalAndClosesTheThread() {
    String customer = fixtures.customerWithContract("final");
    String ticket = breachedFirstResponse(customer);
    String own = fixtures.customerToken(customer);
    String id = openClock(own, ticket, "first_response").json().path("id").asString();

    assertInvalidField(decide(id, ADMIN, "{\"outcome\": \"rejected\"}"), "note");
    assertInvalidField(decide(id, ADMIN, "{\"outcome\": \"open\"}"), "outcome");
    assertInvalidField(decide(id, ADMIN, "{\"outcome\": \"accepted\"}"), "correction.from");
    assertInvalidField(
        decide(
            id,
            ADMIN,
            "{\"outcome\": \"accepted\", \"correction\": {\"from\": \"2026-03-02T09:20:00Z\","
                + " \"to\": \"2026-03-02T09:00:00Z\"}}"),
        "correction.to");
    assertThat(state(id)).isEqualTo("open");

    Api.Response rejected =
        decide(id, ADMIN, "{\"outcome\": \"rejected\", \"note\": \"the VPN was up, see the log\"}");
    assertThat(rejected.status()).as("%s", rejected).isEqualTo(201);
    assertThat(rejected.json().path("state").asString()).isEqualTo("rejected");
    assertThat(rejected.json().path("decision_note").asString())
        .isEqualTo("the VPN was up, see the log");
    assertThat(firstResponse(ticket).path("state").asString()).isEqualTo("breached");
    assertThat(DisputeMail.await(server, CONTACT, id, 1).get(0)).endsWith(" is rejected");

    assertProblem(accept(id, ADMIN), 409);
    assertProblem(decide(id, ADMIN, "{\"outcome\": \"rejected\", \"note\": \"again\"}"), 409);
    assertProblem(write(own, id, "but why?", false), 409);
    assertProblem(write(ADMIN, id, "closed", true), 409);
    assertThat(state(id)).isEqualTo("rejected");
  }

  @Test
  void anotherCustomersDisputeIsNotFoundAndListsAreScoped() {
    String customer = fixtures.customerWithContract("scoped");
    String ticket = breachedFirstResponse(customer);
    String own = fixtures.customerToken(customer);
    String strangerCustomer = fixtures.customer("stranger");
    String stranger = fixtures.customerToken(strangerCustomer);
    String id = openClock(own, ticket, "first_response").json().path("id").asString();

    String missing = "00000000-0000-0000-0000-000000000000";
    for (String dispute : new String[] {id, missing}) {
      assertProblem(api.get("/api/v1/disputes/" + dispute).token(stranger).send(), 404);
      assertProblem(write(stranger, dispute, "mine?", false), 404);
    }
    assertProblem(accept(missing, ADMIN), 404);
    // a stranger cannot dispute the customer's ticket either
    assertProblem(openClock(stranger, ticket, "first_response"), 404);
    assertThat(total(stranger, "")).isZero();
    assertProblem(api.get("/api/v1/disputes?customer_id=" + customer).token(stranger).send(), 404);

    assertThat(total(own, "?state=open")).isEqualTo(1);
    assertThat(total(own, "?state=accepted")).isZero();
    assertThat(total(ADMIN, "?customer_id=" + customer + "&month=2026-03")).isEqualTo(1);
    assertThat(total(ADMIN, "?customer_id=" + customer + "&month=2026-04")).isZero();
    assertInvalidField(api.get("/api/v1/disputes?month=March").token(ADMIN).send(), "month");
    assertInvalidField(api.get("/api/v1/disputes?state=closed").token(ADMIN).send(), "state");
  }

  @Test
  void anAcceptedOutageDisputeReclassifiesTheOutage() {
    String customer = fixtures.customerWithContract("outagedispute");
    String own = fixtures.customerToken(customer);
    Api.Response outage =
        api.post("/api/v1/customers/" + customer + "/outages")
            .token(ADMIN)
            .json(
                "{\"service\": \"servers\", \"from\": \"2026-03-02T07:00:00Z\", \"to\":"
                    + " \"2026-03-02T08:00:00Z\", \"cause\": \"customer_caused\", \"note\":"
                    + " \"their firewall\"}")
            .send();
    assertThat(outage.status()).as("%s", outage).isEqualTo(201);
    String outageId = outage.json().path("id").asString();

    Api.Response opened =
        api.post("/api/v1/disputes")
            .token(own)
            .json(
                "{\"subject\": \"outage\", \"outage_id\": \""
                    + outageId
                    + "\", \"text\": \"our firewall was not touched that day\"}")
            .send();
    assertThat(opened.status()).as("%s", opened).isEqualTo(201);
    String id = opened.json().path("id").asString();
    assertInvalidField(decide(id, ADMIN, "{\"outcome\": \"accepted\"}"), "correction.cause");

    Api.Response accepted =
        decide(id, ADMIN, "{\"outcome\": \"accepted\", \"correction\": {\"cause\": \"provider\"}}");
    assertThat(accepted.status()).as("%s", accepted).isEqualTo(201);
    assertThat(accepted.json().path("correction").asString())
        .isEqualTo("outage " + outageId + " reclassified to provider");
    JsonNode after =
        api.get("/api/v1/customers/" + customer + "/outages/" + outageId)
            .token(ADMIN)
            .send()
            .json();
    assertThat(after.toString()).contains("\"cause\":\"provider\"");
  }

  @Test
  void badInputNamesItsFieldAndStoresNothing() {
    String customer = fixtures.customerWithContract("badinput");
    String ticket = breachedFirstResponse(customer);
    String own = fixtures.customerToken(customer);

    assertInvalidField(
        api.post("/api/v1/disputes").token(own).json("{\"text\": \"wrong\"}").send(), "subject");
    assertInvalidField(
        api.post("/api/v1/disputes")
            .token(own)
            .json("{\"subject\": \"invoice\", \"text\": \"wrong\"}")
            .send(),
        "subject");
    assertInvalidField(openClock(own, ticket, "uptime"), "metric");
    assertInvalidField(openClock(own, ticket, "resolution_plan"), "metric");
    assertInvalidField(
        api.post("/api/v1/disputes")
            .token(own)
            .json("{\"subject\": \"clock\", \"metric\": \"first_response\", \"text\": \"x\"}")
            .send(),
        "ticket_id");
    assertInvalidField(
        api.post("/api/v1/disputes")
            .token(own)
            .json("{\"subject\": \"outage\", \"text\": \"x\"}")
            .send(),
        "outage_id");
    assertInvalidField(
        api.post("/api/v1/disputes")
            .token(own)
            .json(
                "{\"subject\": \"clock\", \"ticket_id\": \""
                    + ticket
                    + "\", \"metric\": \"first_response\"}")
            .send(),
        "text");
    assertProblem(
        api.post("/api/v1/disputes")
            .token(own)
            .json("{\"subject\": \"credit_line\", \"credit_line_id\": \"nope\", \"text\": \"x\"}")
            .send(),
        404);
    assertThat(total(own, "")).isZero();
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
    assertThat(firstResponse(ticket).path("state").asString()).isEqualTo("breached");
    return ticket;
  }

  private Api.Response openClock(String token, String ticket, String metric) {
    return api.post("/api/v1/disputes")
        .token(token)
        .json(
            "{\"subject\": \"clock\", \"ticket_id\": \""
                + ticket
                + "\", \"metric\": \""
                + metric
                + "\", \"text\": \"the first reply was late because our VPN was down\"}")
        .send();
  }

  private Api.Response write(String token, String id, String text, boolean internal) {
    return api.post("/api/v1/disputes/" + id + "/messages")
        .token(token)
        .json("{\"text\": \"" + text + "\", \"internal\": " + internal + "}")
        .send();
  }

  private Api.Response decide(String id, String token, String json) {
    return api.post("/api/v1/disputes/" + id + "/decision").token(token).json(json).send();
  }

  private Api.Response accept(String id, String token) {
    return decide(
        id,
        token,
        "{\"outcome\": \"accepted\", \"correction\": {\"from\": \"2026-03-02T09:00:00Z\", \"to\":"
            + " \"2026-03-02T09:20:00Z\"}}");
  }

  private String state(String id) {
    return api.get("/api/v1/disputes/" + id).token(ADMIN).send().json().path("state").asString();
  }

  private int total(String token, String query) {
    Api.Response listed = api.get("/api/v1/disputes" + query).token(token).send();
    assertThat(listed.status()).as("%s", listed).isEqualTo(200);
    return listed.json().path("total").asInt();
  }

  private JsonNode firstResponse(String ticket) {
    return api.get("/api/v1/tickets/" + ticket)
        .token(ADMIN)
        .send()
        .json()
        .path("clocks")
        .valueStream()
        .filter(c -> c.path("metric").asString().equals("first_response"))
        .findFirst()
        .orElseThrow();
  }
}
