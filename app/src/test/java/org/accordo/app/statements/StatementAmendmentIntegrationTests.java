package org.accordo.app.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.accordo.app.support.Api;
import org.accordo.app.support.Await;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * Late changes after a month's final close, on each database: they never edit the final statement
 * but make amended versions 2, 3, ... that say what changed and why, add correcting credit lines
 * and tell the customer; a late change that changes nothing makes no version. March 2026 of a
 * customer whose reference contract is in force in March only: a P1 ticket resolved in 5 h (a 48.00
 * EUR breach) and a 1 h provider outage (the 120.00 EUR tier), closed as 168.00 EUR.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class StatementAmendmentIntegrationTests {

  static final String ADMIN = RunningServer.ADMIN_TOKEN;
  static final YearMonth MARCH = YearMonth.of(2026, 3);
  static final Instant AFTER_GRACE = Instant.parse("2026-04-03T22:00:01Z");

  private final RunningServer server;
  private final Api api;
  private final StatementFixtures fixtures;
  private String customer;
  private String ticket;
  private String outage;
  private JsonNode first;

  StatementAmendmentIntegrationTests(TestDatabase database) {
    this.server = RunningServer.closing(database);
    this.api = server.api();
    this.fixtures = new StatementFixtures(server);
  }

  @BeforeEach
  void closedMarch() {
    server.clock().set(Instant.parse("2026-03-10T18:00:00Z"));
    customer = fixtures.customer("amended", "{ from: 2026-03-01, to: 2026-03-31 }");
    ticket = fixtures.p1(customer, Instant.parse("2026-03-10T08:00:00Z"), Duration.ofHours(5));
    outage =
        fixtures.outage(
            customer,
            Instant.parse("2026-03-05T10:00:00Z"),
            Instant.parse("2026-03-05T11:00:00Z"),
            "provider");
    first = fixtures.closedAt(AFTER_GRACE, customer, MARCH);
    assertThat(first.path("credits_total").asString()).isEqualTo("168.00");
  }

  /** An exclusion recorded after the close takes 2 h out of the P1 resolution: it was met. */
  private void lateExclusion() {
    server.clock().set(Instant.parse("2026-04-20T09:00:00Z"));
    fixtures.event(
        ticket,
        "{\"type\": \"excluded\", \"from\": \"2026-03-10T08:00:00Z\", \"to\":"
            + " \"2026-03-10T10:00:00Z\", \"reason\": \"customer's site without power\","
            + " \"metrics\": [\"resolution\"]}");
  }

  @Test
  void aLateEventMakesAnAmendedVersionThatSaysWhatChangedAndWhy() {
    byte[] finalJson = json(1);

    lateExclusion();
    JsonNode amended = fixtures.awaitVersion(customer, MARCH, 2);

    assertThat(amended.path("version").asInt()).isEqualTo(2);
    assertThat(amended.path("status").asString()).isEqualTo("amended");
    assertThat(amended.path("as_of").asString()).isEqualTo("2026-04-20T09:00:00Z");
    assertThat(amended.path("credits_total").asString()).isEqualTo("120.00");
    assertThat(amended.path("reason").asString())
        .startsWith("a late event: excluded at 2026-04-20T09:00:00Z on ticket " + ticket);
    JsonNode changes = amended.path("changes");
    assertThat(changes.path("credits").path("delta").asString()).isEqualTo("-48.00");
    assertThat(changes.path("breaches_removed").valueStream().map(b -> b.path("metric").asString()))
        .containsExactly("resolution");
    JsonNode resolution =
        changes
            .path("compliance")
            .valueStream()
            .filter(r -> r.path("metric").asString().equals("resolution"))
            .findFirst()
            .orElseThrow();
    assertThat(resolution.path("breached").toString()).isEqualTo("[1,0]");
    assertThat(resolution.path("met").toString()).isEqualTo("[0,1]");
    // the final statement is never edited
    assertThat(json(1)).isEqualTo(finalJson);
    assertThat(Sha256.hex(finalJson)).isEqualTo(first.path("json_sha256").asString());
    Api.Response latest = fixtures.statement(ADMIN, customer, MARCH, "");
    assertThat(latest.header("Accordo-Statement-Status")).isEqualTo("amended");
    assertThat(latest.header("Accordo-Statement-Version")).isEqualTo("2");
    assertThat(latest.json().path("status").asString()).isEqualTo("amended");
    assertThat(fixtures.statement(ADMIN, customer, MARCH, "?format=md").body())
        .contains("amended, version 2")
        .contains("This statement amends the version closed before it: a late event: excluded");
  }

  @Test
  void amendmentsAddCorrectingLinesAndNeverRewriteOldOnes() {
    lateExclusion();
    fixtures.awaitVersion(customer, MARCH, 2);
    Api.Response reclassified =
        api.method("PATCH", "/api/v1/customers/" + customer + "/outages/" + outage)
            .token(ADMIN)
            .json("{\"cause\": \"customer_caused\", \"reason\": \"their firewall change\"}")
            .send();
    assertThat(reclassified.status()).as("%s", reclassified).isEqualTo(200);
    JsonNode third = fixtures.awaitVersion(customer, MARCH, 3);

    assertThat(third.path("credits_total").asString()).isEqualTo("0.00");
    assertThat(third.path("reason").asString())
        .contains("reclassified from provider to customer_caused: their firewall change");
    List<JsonNode> lines =
        api.get("/api/v1/customers/" + customer + "/credits?month=2026-03")
            .token(ADMIN)
            .send()
            .json()
            .path("items")
            .valueStream()
            .toList();
    assertThat(lines)
        .extracting(
            l ->
                l.path("statement_version").asInt()
                    + " "
                    + l.path("entry").asString()
                    + " "
                    + l.path("kind").asString()
                    + " "
                    + l.path("amount").asString())
        .containsExactly(
            "1 original availability_tier 120.00",
            "1 original breach 48.00",
            "2 correction breach -48.00",
            "3 correction availability_tier -120.00");
    assertThat(lines.get(3).path("evidence").path("was").asString()).isEqualTo("120");
    assertThat(lines.get(3).path("evidence").path("now").asString()).isEqualTo("0");
  }

  @Test
  void aLateChangeThatChangesNothingMakesNoVersion() {
    server.clock().set(Instant.parse("2026-04-20T09:00:00Z"));
    fixtures.event(
        ticket,
        "{\"type\": \"agent_replied\", \"public\": false, \"at\": \"2026-03-20T10:00:00Z\"}");

    Await.until(
        Duration.ofSeconds(30),
        () ->
            server
                .jdbc()
                .sql(
                    "SELECT COUNT(*) FROM statement_close WHERE customer_id = ?"
                        + " AND recheck_due_at IS NOT NULL")
                .param(customer)
                .query(Long.class)
                .single(),
        n -> n == 0,
        "the recheck done");

    assertThat(fixtures.versions(customer, MARCH)).hasSize(1);
  }

  @Test
  void todaysEventsAskForNoRecheck() {
    server.clock().set(Instant.parse("2026-04-20T09:00:00Z"));
    String today = fixtures.ticket(customer, "P3", Instant.parse("2026-04-20T08:00:00Z"));
    fixtures.event(today, "{\"type\": \"agent_replied\", \"public\": true}");

    assertThat(
            server
                .jdbc()
                .sql(
                    "SELECT COUNT(*) FROM statement_close WHERE customer_id = ?"
                        + " AND recheck_due_at IS NOT NULL")
                .param(customer)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void theAmendmentIsWebhookedAndItsPdfEmailedToTheCustomersContact() {
    api.post("/api/v1/webhooks")
        .token(ADMIN)
        .json(
            "{\"url\": \"https://psa.example/hook\", \"secret\": \""
                + "a".repeat(32)
                + "\", \"customer_id\": \""
                + customer
                + "\"}")
        .send();

    lateExclusion();
    fixtures.awaitVersion(customer, MARCH, 2);
    fixtures.awaitPrinted(customer, MARCH, 2);

    List<JsonNode> amendments =
        Await.until(
            Duration.ofSeconds(30),
            () ->
                api.get("/api/v1/notifications?customer_id=" + customer + "&size=100")
                    .token(ADMIN)
                    .send()
                    .json()
                    .path("items")
                    .valueStream()
                    .filter(
                        n -> n.path("payload").path("type").asString().equals("statement.amended"))
                    .toList(),
            found -> found.size() == 2,
            "the amendment's webhook and e-mail");
    JsonNode webhook =
        amendments.stream()
            .filter(n -> n.path("channel").asString().equals("webhook"))
            .findFirst()
            .orElseThrow();
    JsonNode email =
        amendments.stream()
            .filter(n -> n.path("channel").asString().equals("email"))
            .findFirst()
            .orElseThrow();
    assertThat(webhook.path("payload").path("version").asInt()).isEqualTo(2);
    assertThat(webhook.path("payload").path("changes").path("credits").path("delta").asString())
        .isEqualTo("-48.00");
    assertThat(email.path("recipient").asString()).isEqualTo("marco@bianchi.example");
    assertThat(email.path("subject").asString())
        .startsWith("[Accordo] Statement for March 2026 (version 2, amended)");
  }

  private byte[] json(int version) {
    return fixtures
        .statement(ADMIN, customer, MARCH, "?version=" + version)
        .body()
        .getBytes(StandardCharsets.UTF_8);
  }
}
