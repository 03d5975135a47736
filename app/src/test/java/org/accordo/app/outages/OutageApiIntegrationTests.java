package org.accordo.app.outages;

import static org.accordo.app.support.ProblemAssertions.assertInvalidField;
import static org.accordo.app.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

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
 * Outages over HTTP, on each database: recorded by agents, closed once, reclassified by admins only
 * with a reason kept in the history, refused with a problem naming the field, read by the
 * customer's own token and nobody else's. The customer has the reference contract from 2026-01-01
 * (services {@code service-desk}, {@code servers}, {@code backup}).
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class OutageApiIntegrationTests {

  static final String ADMIN = RunningServer.ADMIN_TOKEN;

  private final RunningServer server;
  private final Api api;
  private final ApiFixtures fixtures;
  private String customer;
  private String agent;

  OutageApiIntegrationTests(TestDatabase database) {
    this.server = RunningServer.on(database);
    this.api = server.api();
    this.fixtures = new ApiFixtures(api);
  }

  @BeforeEach
  void customerWithContract() {
    server.clock().set(RunningServer.START);
    customer = fixtures.customerWithContract("outages");
    agent = fixtures.agentToken();
  }

  private String path() {
    return "/api/v1/customers/" + customer + "/outages";
  }

  private Api.Response post(String token, String json) {
    return api.post(path()).token(token).json(json).send();
  }

  private JsonNode recorded(String json) {
    Api.Response created = post(agent, json);
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    return created.json();
  }

  private Api.Response patch(String token, String id, String json) {
    return api.method("PATCH", path() + "/" + id).token(token).json(json).send();
  }

  @Test
  void anAgentRecordsAnOutageThatIsListedAndReadWithItsHistory() {
    Api.Response created =
        post(
            agent,
            "{\"service\": \"servers\", \"from\": \"2026-03-01T10:00:00+01:00\","
                + " \"to\": \"2026-03-01T10:45:00+01:00\", \"cause\": \"provider\","
                + " \"note\": \"switch failure\"}");

    assertThat(created.status()).as("%s", created).isEqualTo(201);
    JsonNode outage = created.json();
    assertThat(created.header("Location")).isEqualTo(path() + "/" + outage.path("id").asString());
    assertThat(outage.path("from").asString()).isEqualTo("2026-03-01T09:00:00Z");
    assertThat(outage.path("to").asString()).isEqualTo("2026-03-01T09:45:00Z");
    assertThat(outage.path("ongoing").asBoolean()).isFalse();
    assertThat(outage.path("kind").asString()).isEqualTo("outage");
    JsonNode listed = api.get(path()).token(agent).send().json();
    assertThat(listed.path("total").asInt()).isEqualTo(1);
    assertThat(listed.path("items").get(0).path("note").asString()).isEqualTo("switch failure");
    JsonNode read = api.get(path() + "/" + outage.path("id").asString()).token(ADMIN).send().json();
    assertThat(read.path("history")).hasSize(1);
    assertThat(read.path("history").get(0).path("change").asString()).isEqualTo("recorded");
  }

  @Test
  void anOngoingOutageIsClosedOnceAndItsEndStays() {
    String id =
        recorded(
                "{\"service\": \"servers\", \"from\": \"2026-03-02T08:00:00Z\","
                    + " \"cause\": \"provider\", \"evidence\": \"ping failed 3 times\"}")
            .path("id")
            .asString();
    JsonNode ongoing = api.get(path() + "?ongoing=true").token(agent).send().json();
    assertThat(ongoing.path("items").get(0).path("id").asString()).isEqualTo(id);

    Api.Response closed = patch(agent, id, "{\"to\": \"2026-03-02T08:30:00Z\"}");
    Api.Response again = patch(agent, id, "{\"to\": \"2026-03-02T08:40:00Z\"}");

    assertThat(closed.status()).as("%s", closed).isEqualTo(200);
    assertThat(closed.json().path("to").asString()).isEqualTo("2026-03-02T08:30:00Z");
    assertThat(closed.json().path("history").get(0).path("evidence").asString())
        .isEqualTo("ping failed 3 times");
    assertThat(closed.json().path("history").get(1).path("change").asString()).isEqualTo("closed");
    assertThat(assertProblem(again, 409).path("detail").asString())
        .contains("already ended at 2026-03-02T08:30:00Z");
  }

  @Test
  void aBadOutageIsRefusedNamingTheFieldAndNothingIsStored() {
    assertInvalidField(
        post(
            agent,
            "{\"service\": \"servers\", \"from\": \"2026-03-01T10:00:00Z\","
                + " \"to\": \"2026-03-01T09:00:00Z\", \"cause\": \"provider\"}"),
        "to");
    assertInvalidField(
        post(
            agent,
            "{\"service\": \"servers\", \"from\": \"2026-03-01T10:00:00Z\", \"cause\": \"flood\"}"),
        "cause");
    JsonNode unknown =
        assertInvalidField(
            post(
                agent,
                "{\"service\": \"mail\", \"from\": \"2026-03-01T10:00:00Z\","
                    + " \"cause\": \"provider\"}"),
            "service");
    assertThat(unknown.path("detail").asString())
        .contains("'mail' is not a service of the contract in force on 2026-03-01")
        .contains("[backup, servers, service-desk]");
    assertInvalidField(
        post(
            agent,
            "{\"service\": \"servers\", \"from\": \"2025-12-20T10:00:00Z\","
                + " \"cause\": \"provider\"}"),
        "service");
    assertInvalidField(
        post(
            agent,
            "{\"service\": \"servers\", \"from\": \"2026-03-03T10:00:00Z\","
                + " \"cause\": \"provider\"}"),
        "from");
    assertInvalidField(
        post(
            agent,
            "{\"service\": \"servers\", \"from\": \"2026-03-01T10:00\", \"cause\": \"provider\"}"),
        "from");

    assertThat(api.get(path()).token(agent).send().json().path("total").asInt()).isZero();
  }

  @Test
  void onlyAnAdminReclassifiesWithAReasonAndTheOldCauseStaysInTheHistory() {
    String id =
        recorded(
                "{\"service\": \"servers\", \"from\": \"2026-03-01T10:00:00Z\","
                    + " \"to\": \"2026-03-01T11:00:00Z\", \"cause\": \"provider\"}")
            .path("id")
            .asString();

    Api.Response byAgent =
        patch(agent, id, "{\"cause\": \"customer_caused\", \"reason\": \"their change\"}");
    Api.Response withoutReason = patch(ADMIN, id, "{\"cause\": \"customer_caused\"}");
    Api.Response byAdmin =
        patch(
            ADMIN,
            id,
            "{\"cause\": \"customer_caused\", \"reason\": \"the customer's firewall change\"}");

    assertProblem(byAgent, 403);
    assertInvalidField(withoutReason, "reason");
    assertThat(byAdmin.status()).as("%s", byAdmin).isEqualTo(200);
    assertThat(byAdmin.json().path("cause").asString()).isEqualTo("customer_caused");
    JsonNode step = byAdmin.json().path("history").get(1);
    assertThat(step.path("change").asString()).isEqualTo("reclassified");
    assertThat(step.path("previous_cause").asString()).isEqualTo("provider");
    assertThat(step.path("cause").asString()).isEqualTo("customer_caused");
    assertThat(step.path("reason").asString()).isEqualTo("the customer's firewall change");
    JsonNode audit = api.get("/api/v1/audit?size=100").token(ADMIN).send().json();
    assertThat(audit.path("items").valueStream())
        .anySatisfy(
            e -> {
              assertThat(e.path("action").asString()).isEqualTo("outage.reclassified");
              assertThat(e.path("entity_id").asString()).isEqualTo(id);
              assertThat(e.path("detail").asString())
                  .contains("from provider to customer_caused: the customer's firewall change");
            });
  }

  @Test
  void aCustomerTokenReadsItsOwnOutagesRecordsNoneAndSeesNoOtherCustomers() {
    String id =
        recorded(
                "{\"service\": \"servers\", \"from\": \"2026-03-01T10:00:00Z\","
                    + " \"cause\": \"provider\"}")
            .path("id")
            .asString();
    String own = fixtures.customerToken(customer);
    String other = fixtures.customerWithContract("other");
    String otherToken = fixtures.customerToken(other);

    assertThat(api.get(path() + "/" + id).token(own).send().status()).isEqualTo(200);
    assertProblem(
        post(
            own,
            "{\"service\": \"servers\", \"from\": \"2026-03-01T10:00:00Z\", \"cause\": \"provider\"}"),
        403);
    assertProblem(patch(own, id, "{\"to\": \"2026-03-01T11:00:00Z\"}"), 403);
    Api.Response foreign = api.get(path() + "/" + id).token(otherToken).send();
    Api.Response missing =
        api.get("/api/v1/customers/no-such-customer/outages/" + id).token(otherToken).send();
    assertThat(assertProblem(foreign, 404).path("type"))
        .isEqualTo(assertProblem(missing, 404).path("type"));
    Api.Response wrongCustomer =
        api.get("/api/v1/customers/" + other + "/outages/" + id).token(otherToken).send();
    assertProblem(wrongCustomer, 404);
    assertThat(List.of(foreign.json().path("title"), wrongCustomer.json().path("title")))
        .containsOnly(missing.json().path("title"));
  }
}
