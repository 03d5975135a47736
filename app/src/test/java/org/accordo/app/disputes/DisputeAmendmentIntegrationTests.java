package org.accordo.app.disputes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.accordo.app.support.Api;
import org.accordo.app.support.ApiFixtures;
import org.accordo.app.support.Await;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * Disputes of a month already final lead to amended statements, on each database: the customer
 * disputes a credit line of March's final statement, an admin accepts it with the exclusion that
 * corrects it, and the statements module amends March as for any late event (version 2, a
 * correcting credit line); an accepted outage dispute amends it again. The statement lists the
 * disputes of its month with their outcome. March 2026 of a customer whose reference contract is in
 * force in March only: a P1 ticket resolved in 5 h (a 48.00 EUR breach) and a 1 h provider outage
 * (the 120.00 EUR tier), closed as 168.00 EUR.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class DisputeAmendmentIntegrationTests {

  static final String ADMIN = RunningServer.ADMIN_TOKEN;
  static final Instant AFTER_GRACE = Instant.parse("2026-04-03T22:00:01Z");

  private final RunningServer server;
  private final Api api;
  private final ApiFixtures fixtures;

  DisputeAmendmentIntegrationTests(TestDatabase database) {
    this.server = RunningServer.closing(database);
    this.api = server.api();
    this.fixtures = new ApiFixtures(api);
  }

  @Test
  void acceptedDisputesOfAFinalMonthMakeAmendedStatementsWithCorrectingLines() {
    server.clock().set(Instant.parse("2026-03-10T18:00:00Z"));
    String customer = fixtures.customer("disputed");
    fixtures.uploadContract(customer, "disputed-contract", "{ from: 2026-03-01, to: 2026-03-31 }");
    String ticket = p1ResolvedAfterFiveHours(customer);
    String outage = providerOutage(customer);
    String own = fixtures.customerToken(customer);
    String rejected = rejectedInMarch(own, outage);
    JsonNode first = closedMarch(customer);
    assertThat(first.path("credits_total").asString()).isEqualTo("168.00");
    JsonNode listed = statement(customer, "?version=1").json().path("disputes");
    assertThat(listed.size()).isEqualTo(1);
    assertThat(listed.get(0).path("id").asString()).isEqualTo(rejected);
    assertThat(listed.get(0).path("subject").asString()).isEqualTo("outage");
    assertThat(listed.get(0).path("state").asString()).isEqualTo("rejected");
    assertThat(listed.get(0).path("outcome").asString()).isEqualTo("the switch log shows it");
    assertThat(statement(customer, "?version=1&format=md&lang=en").body())
        .contains("## Disputes of the month")
        .contains("| Rejected |");
    assertThat(statement(customer, "?version=1&format=md&lang=it").body())
        .contains("## Contestazioni del mese")
        .contains("| Respinta |");

    server.clock().set(Instant.parse("2026-04-20T09:00:00Z"));
    JsonNode breachLine =
        credits(customer)
            .valueStream()
            .filter(l -> l.path("kind").asString().equals("breach"))
            .findFirst()
            .orElseThrow();
    Api.Response opened =
        api.post("/api/v1/disputes")
            .token(own)
            .json(
                "{\"subject\": \"credit_line\", \"credit_line_id\": \""
                    + breachLine.path("id").asString()
                    + "\", \"text\": \"our site had no power from 08:00 to 10:00\"}")
            .send();
    assertThat(opened.status()).as("%s", opened).isEqualTo(201);
    Api.Response accepted =
        api.post("/api/v1/disputes/" + opened.json().path("id").asString() + "/decision")
            .token(ADMIN)
            .json(
                "{\"outcome\": \"accepted\", \"note\": \"the utility confirms the blackout\","
                    + " \"correction\": {\"ticket_id\": \""
                    + ticket
                    + "\", \"metric\": \"resolution\", \"from\": \"2026-03-10T08:00:00Z\","
                    + " \"to\": \"2026-03-10T10:00:00Z\"}}")
            .send();
    assertThat(accepted.status()).as("%s", accepted).isEqualTo(201);

    JsonNode second = awaitVersion(customer, 2);
    assertThat(second.path("status").asString()).isEqualTo("amended");
    assertThat(second.path("credits_total").asString()).isEqualTo("120.00");
    assertThat(second.path("reason").asString())
        .startsWith("a late event: excluded at 2026-04-20T09:00:00Z on ticket " + ticket);

    Api.Response outageDispute =
        api.post("/api/v1/disputes")
            .token(own)
            .json(
                "{\"subject\": \"outage\", \"outage_id\": \""
                    + outage
                    + "\", \"text\": \"that was our own firewall change\"}")
            .send();
    api.post("/api/v1/disputes/" + outageDispute.json().path("id").asString() + "/decision")
        .token(ADMIN)
        .json("{\"outcome\": \"accepted\", \"correction\": {\"cause\": \"customer_caused\"}}")
        .send();
    JsonNode third = awaitVersion(customer, 3);
    assertThat(third.path("credits_total").asString()).isEqualTo("0.00");
    assertThat(third.path("reason").asString())
        .contains("reclassified from provider to customer_caused: dispute ");
    assertThat(
            credits(customer)
                .valueStream()
                .map(
                    l ->
                        l.path("statement_version").asInt()
                            + " "
                            + l.path("entry").asString()
                            + " "
                            + l.path("kind").asString()
                            + " "
                            + l.path("amount").asString()))
        .containsExactly(
            "1 original availability_tier 120.00",
            "1 original breach 48.00",
            "2 correction breach -48.00",
            "3 correction availability_tier -120.00");
  }

  /** The customer disputes the outage on 20 March; an admin rejects it the next day. */
  private String rejectedInMarch(String own, String outage) {
    server.clock().set(Instant.parse("2026-03-20T10:00:00Z"));
    String id =
        api.post("/api/v1/disputes")
            .token(own)
            .json(
                "{\"subject\": \"outage\", \"outage_id\": \""
                    + outage
                    + "\", \"text\": \"the servers were down longer\"}")
            .send()
            .json()
            .path("id")
            .asString();
    server.clock().set(Instant.parse("2026-03-21T10:00:00Z"));
    Api.Response decided =
        api.post("/api/v1/disputes/" + id + "/decision")
            .token(ADMIN)
            .json("{\"outcome\": \"rejected\", \"note\": \"the switch log shows it\"}")
            .send();
    assertThat(decided.status()).as("%s", decided).isEqualTo(201);
    return id;
  }

  private Api.Response statement(String customer, String query) {
    return api.get("/api/v1/customers/" + customer + "/statements/2026-03" + query)
        .token(ADMIN)
        .send();
  }

  private String p1ResolvedAfterFiveHours(String customer) {
    Instant opened = Instant.parse("2026-03-10T08:00:00Z");
    String ticket = fixtures.ticket(customer, "P1", "servers", opened);
    event(
        ticket,
        "{\"type\": \"agent_replied\", \"public\": true, \"at\": \"2026-03-10T08:10:00Z\"}");
    event(
        ticket,
        "{\"type\": \"status_changed\", \"status\": \"resolved\", \"at\":"
            + " \"2026-03-10T13:00:00Z\"}");
    return ticket;
  }

  private void event(String ticket, String json) {
    Api.Response added =
        api.post("/api/v1/tickets/" + ticket + "/events").token(ADMIN).json(json).send();
    assertThat(added.status()).as("%s", added).isEqualTo(201);
  }

  private String providerOutage(String customer) {
    Api.Response created =
        api.post("/api/v1/customers/" + customer + "/outages")
            .token(ADMIN)
            .json(
                "{\"service\": \"servers\", \"from\": \"2026-03-05T10:00:00Z\", \"to\":"
                    + " \"2026-03-05T11:00:00Z\", \"cause\": \"provider\", \"note\": \"switch\"}")
            .send();
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    return created.json().path("id").asString();
  }

  /** Moves the clock past March's grace, then past the close's settling time, for version 1. */
  private JsonNode closedMarch(String customer) {
    server.clock().set(AFTER_GRACE);
    Await.until(
        Duration.ofSeconds(30),
        () ->
            server
                .jdbc()
                .sql(
                    "SELECT COUNT(*) FROM statement_close WHERE customer_id = ? AND period_month = ?")
                .params(customer, "2026-03")
                .query(Long.class)
                .single(),
        n -> n == 1,
        "the close of March planned");
    // past the planner's settling time (10 s)
    server.clock().set(AFTER_GRACE.plusSeconds(11));
    return awaitVersion(customer, 1);
  }

  private JsonNode awaitVersion(String customer, int version) {
    JsonNode versions =
        Await.until(
            Duration.ofSeconds(60),
            () ->
                api.get("/api/v1/customers/" + customer + "/statements?sort=month&month=2026-03")
                    .token(ADMIN)
                    .send()
                    .json()
                    .path("items"),
            v -> v.size() >= version,
            "version " + version + " of March's statement");
    return versions.get(versions.size() - 1);
  }

  private JsonNode credits(String customer) {
    return api.get("/api/v1/customers/" + customer + "/credits?month=2026-03")
        .token(ADMIN)
        .send()
        .json()
        .path("items");
  }
}
