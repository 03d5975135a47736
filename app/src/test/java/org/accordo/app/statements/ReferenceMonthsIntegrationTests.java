package org.accordo.app.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.accordo.app.render.PageBounds;
import org.accordo.app.support.Api;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * Three closed months of the reference contract on the server, on each database, each computed here
 * by hand. The {@code servers} availability SLA promises 99.9% on 24x7, excludes announced
 * maintenance inside Sunday 02:00-04:00 Rome with 5 days' notice; a P1 resolution breach earns 2%
 * of the 2,400.00 EUR fee, the tiers 5% (below 99.9%), 10% (99.5%), 25% (99.0%), the cap is 30%.
 *
 * <ul>
 *   <li>January (744 h, a budget of 2,678.4 s): downtime of exactly the budget, 30 min in mid-month
 *       and the first 14 min 38.4 s of an outage across the month's last midnight: availability
 *       exactly 99.9%, which is not below 99.9%: nothing owed.
 *   <li>February (672 h, 2,419.2 s): the other 30 min of that outage, and maintenance announced a
 *       week ahead from 02:00 to 04:45 on Sunday the 8th, 45 min past its window: 4,500 s down (the
 *       window's 2 h excluded), the 5% tier (120.00); one P1 resolution breach (48.00).
 *   <li>March (743 h): 8 h down, below 99%: the 25% tier (600.00); three P1 resolution breaches, 6%
 *       (144.00); 744.00 capped at 30%: 720.00, the ledger's lines adding up to it.
 * </ul>
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class ReferenceMonthsIntegrationTests {

  static final String ADMIN = RunningServer.ADMIN_TOKEN;
  static final YearMonth JANUARY = YearMonth.of(2026, 1);
  static final YearMonth FEBRUARY = YearMonth.of(2026, 2);
  static final YearMonth MARCH = YearMonth.of(2026, 3);

  private final RunningServer server;
  private final Api api;
  private final StatementFixtures fixtures;
  private String customer;

  ReferenceMonthsIntegrationTests(TestDatabase database) {
    this.server = RunningServer.closing(database);
    this.api = server.api();
    this.fixtures = new StatementFixtures(server);
  }

  @BeforeEach
  void threeMonthsClosed() {
    server.clock().set(Instant.parse("2026-02-02T09:00:00Z"));
    customer = fixtures.customer("reference", "{ from: 2026-01-01, to: 2026-03-31 }");
    Api.Response announced =
        api.post("/api/v1/customers/" + customer + "/maintenance")
            .token(ADMIN)
            .json(
                "{\"service\": \"servers\", \"from\": \"2026-02-08T02:00:00+01:00\","
                    + " \"to\": \"2026-02-08T04:45:00+01:00\", \"note\": \"firmware\"}")
            .send();
    assertThat(announced.json().path("announced_in_time").asBoolean()).isTrue();

    server.clock().set(Instant.parse("2026-03-20T12:00:00Z"));
    fixtures.outage(
        customer,
        Instant.parse("2026-01-15T10:00:00Z"),
        Instant.parse("2026-01-15T10:30:00Z"),
        "provider");
    fixtures.outage(
        customer,
        Instant.parse("2026-01-31T22:45:21.600Z"),
        Instant.parse("2026-01-31T23:30:00Z"),
        "provider");
    fixtures.p1(customer, Instant.parse("2026-02-10T08:00:00Z"), Duration.ofHours(5));
    fixtures.outage(
        customer,
        Instant.parse("2026-03-03T08:00:00Z"),
        Instant.parse("2026-03-03T16:00:00Z"),
        "provider");
    for (String day : List.of("10", "11", "12")) {
      fixtures.p1(customer, Instant.parse("2026-03-" + day + "T08:00:00Z"), Duration.ofHours(5));
    }
    fixtures.closedAt(Instant.parse("2026-04-04T00:00:00Z"), customer, MARCH);
  }

  private JsonNode statement(YearMonth month) {
    Api.Response answer = fixtures.statement(ADMIN, customer, month, "");
    assertThat(answer.header("Accordo-Statement-Status")).isEqualTo("final");
    return answer.json();
  }

  private static JsonNode servers(JsonNode statement) {
    JsonNode availability = statement.path("availability");
    assertThat(availability).hasSize(1);
    assertThat(availability.get(0).path("service").asString()).isEqualTo("servers");
    return availability.get(0);
  }

  @Test
  void januaryAtExactlyTheThresholdOwesNothing() {
    JsonNode january = statement(JANUARY);
    JsonNode servers = servers(january);

    assertThat(servers.path("measured_seconds").decimalValue()).isEqualByComparingTo("2678400");
    assertThat(servers.path("downtime_seconds").decimalValue()).isEqualByComparingTo("2678.4");
    assertThat(servers.path("budget_seconds").decimalValue()).isEqualByComparingTo("2678.4");
    assertThat(servers.path("budget_left_seconds").decimalValue()).isEqualByComparingTo("0");
    assertThat(servers.path("availability").decimalValue()).isEqualByComparingTo("0.999");
    assertThat(servers.path("downtime_outages")).hasSize(2);
    assertThat(january.path("credits").path("lines")).isEmpty();
    assertThat(january.path("credits").path("total").asString()).isEqualTo("0.00");
  }

  @Test
  void februaryCountsTheOutagesOtherHalfAndTheMaintenanceOverrun() {
    JsonNode february = statement(FEBRUARY);
    JsonNode servers = servers(february);

    assertThat(servers.path("measured_seconds").decimalValue()).isEqualByComparingTo("2419200");
    assertThat(servers.path("downtime_seconds").decimalValue()).isEqualByComparingTo("4500");
    assertThat(servers.path("excluded_seconds").decimalValue()).isEqualByComparingTo("7200");
    assertThat(servers.path("budget_left_seconds").decimalValue()).isEqualByComparingTo("-2080.8");
    JsonNode credits = february.path("credits");
    assertThat(
            credits
                .path("lines")
                .valueStream()
                .map(l -> l.path("rule").asString() + " " + l.path("amount").asString()))
        .containsExactly("availability below 99.9% 120.00", "resolution breach, P1 48.00");
    assertThat(credits.path("total").asString()).isEqualTo("168.00");
    assertThat(credits.path("capped").asBoolean()).isFalse();
  }

  @Test
  void marchIsCappedAndItsLedgerAddsUpToTheCap() {
    JsonNode march = statement(MARCH);
    JsonNode credits = march.path("credits");

    assertThat(servers(march).path("downtime_seconds").decimalValue())
        .isEqualByComparingTo("28800");
    assertThat(
            credits
                .path("lines")
                .valueStream()
                .map(l -> l.path("percent").asString() + "% " + l.path("amount").asString()))
        .containsExactly("25% 600.00", "6% 144.00");
    assertThat(credits.path("uncapped_total").asString()).isEqualTo("744.00");
    assertThat(credits.path("cap").asString()).isEqualTo("720.00");
    assertThat(credits.path("capped").asBoolean()).isTrue();
    assertThat(credits.path("total").asString()).isEqualTo("720.00");
    List<String> ledger =
        api.get("/api/v1/customers/" + customer + "/credits?month=2026-03")
            .token(ADMIN)
            .send()
            .json()
            .path("items")
            .valueStream()
            .map(l -> l.path("kind").asString() + " " + l.path("amount").asString())
            .toList();
    assertThat(ledger).containsExactly("availability_tier 600.00", "breach 144.00", "cap -24.00");
    // the first page compares March with the two months before it in force
    JsonNode trend = march.path("summary").path("compliance_trend");
    JsonNode resolution =
        trend
            .valueStream()
            .filter(t -> t.path("metric").asString().equals("resolution"))
            .findFirst()
            .orElseThrow();
    assertThat(
            resolution
                .path("months")
                .valueStream()
                .map(m -> m.path("month").asString() + " " + m.path("breached").asInt()))
        .containsExactly("2026-03 3", "2026-02 1", "2026-01 0");
  }

  @Test
  void theStoredPdfsKeepEveryTableOnTheirPagesInBothLanguages() {
    for (YearMonth month : List.of(JANUARY, FEBRUARY, MARCH)) {
      fixtures.awaitPrinted(customer, month, 1);
      for (String lang : List.of("en", "it")) {
        byte[] pdf = pdf(month, lang);
        keep(month + "-" + lang + ".pdf", pdf);
        assertThat(PageBounds.overflows(pdf)).as("%s %s", month, lang).isEmpty();
        assertThat(PageBounds.text(pdf, 1)).contains(lang.equals("en") ? "final" : "definitivo");
      }
    }
  }

  /** A copy under {@code target/statement-pdfs}, for a person to look at. */
  private static void keep(String name, byte[] pdf) {
    try {
      java.nio.file.Path folder =
          java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "statement-pdfs"));
      java.nio.file.Files.write(folder.resolve(name), pdf);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The stored PDF of the month's version 1. */
  private byte[] pdf(YearMonth month, String lang) {
    return server
        .jdbc()
        .sql(
            "SELECT d.content FROM statement_document d JOIN statement s ON s.id = d.statement_id"
                + " WHERE s.customer_id = ? AND s.period_month = ? AND s.version = 1"
                + " AND d.format = 'pdf' AND d.language = ?")
        .params(customer, month.toString(), lang)
        .query(byte[].class)
        .single();
  }
}
