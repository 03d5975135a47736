package org.accordo.app.statements;

import static org.accordo.app.support.ProblemAssertions.assertInvalidField;
import static org.accordo.app.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.accordo.app.support.Api;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * The credits ledger, on each database: the final statement's lines owed, applied to an invoice or
 * waived by an admin once (a unique constraint refuses the second, also when eight requests race),
 * read by the customer's own token, exported as CSV for billing with formula-like cells
 * neutralised. The month is March 2026 of a customer with the reference contract in force in March
 * only: a 48.00 EUR breach and the 120.00 EUR availability tier.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class CreditLedgerIntegrationTests {

  static final String ADMIN = RunningServer.ADMIN_TOKEN;
  static final YearMonth MARCH = YearMonth.of(2026, 3);

  private final RunningServer server;
  private final Api api;
  private final StatementFixtures fixtures;
  private String customer;
  private List<JsonNode> lines;

  CreditLedgerIntegrationTests(TestDatabase database) {
    this.server = RunningServer.closing(database);
    this.api = server.api();
    this.fixtures = new StatementFixtures(server);
  }

  @BeforeEach
  void closedMarch() {
    server.clock().set(Instant.parse("2026-03-10T18:00:00Z"));
    customer = fixtures.customer("credits", "{ from: 2026-03-01, to: 2026-03-31 }");
    fixtures.p1(customer, Instant.parse("2026-03-10T08:00:00Z"), Duration.ofHours(5));
    fixtures.outage(
        customer,
        Instant.parse("2026-03-05T10:00:00Z"),
        Instant.parse("2026-03-05T11:00:00Z"),
        "provider");
    fixtures.closedAt(Instant.parse("2026-04-03T22:00:01Z"), customer, MARCH);
    lines = owed(ADMIN);
  }

  private List<JsonNode> owed(String token) {
    Api.Response listed =
        api.get("/api/v1/customers/" + customer + "/credits?state=owed").token(token).send();
    assertThat(listed.status()).as("%s", listed).isEqualTo(200);
    return listed.json().path("items").valueStream().toList();
  }

  private Api.Response apply(String token, String line, String invoice) {
    return api.post("/api/v1/customers/" + customer + "/credits/" + line + "/apply")
        .token(token)
        .json("{\"invoice_reference\": \"" + invoice + "\"}")
        .send();
  }

  private Api.Response waive(String token, String line, String reason) {
    return api.post("/api/v1/customers/" + customer + "/credits/" + line + "/waive")
        .token(token)
        .json("{\"reason\": \"" + reason + "\"}")
        .send();
  }

  @Test
  void theFinalStatementsLinesAreOwedWithTheirRuleAmountAndEvidence() {
    assertThat(lines)
        .extracting(l -> l.path("kind").asString() + " " + l.path("amount").asString())
        .containsExactly("availability_tier 120.00", "breach 48.00");
    JsonNode tier = lines.get(0);
    assertThat(tier.path("rule").asString()).isEqualTo("availability below 99.9%");
    assertThat(tier.path("service").asString()).isEqualTo("servers");
    assertThat(tier.path("percent").asString()).isEqualTo("5");
    assertThat(tier.path("currency").asString()).isEqualTo("EUR");
    assertThat(tier.path("evidence").path("outages").get(0).path("from").asString())
        .isEqualTo("2026-03-05T10:00:00Z");
    assertThat(lines.get(1).path("evidence").path("clocks").get(0).path("metric").asString())
        .isEqualTo("resolution");
    assertThat(lines).allSatisfy(l -> assertThat(l.path("state").asString()).isEqualTo("owed"));
  }

  @Test
  void aLineIsAppliedOrWaivedOnceByAnAdmin() {
    String tier = lines.get(0).path("id").asString();
    String breach = lines.get(1).path("id").asString();

    Api.Response applied = apply(ADMIN, tier, "INV-2026-0042");
    Api.Response again = apply(ADMIN, tier, "INV-2026-0043");
    Api.Response waivedAfter = waive(ADMIN, tier, "goodwill");
    Api.Response waived = waive(ADMIN, breach, "agreed at the quarterly review");

    assertThat(applied.status()).as("%s", applied).isEqualTo(200);
    assertThat(applied.json().path("state").asString()).isEqualTo("applied");
    assertThat(applied.json().path("invoice_reference").asString()).isEqualTo("INV-2026-0042");
    assertThat(assertProblem(again, 409).path("detail").asString())
        .contains("was applied already (invoice INV-2026-0042)");
    assertProblem(waivedAfter, 409);
    assertThat(waived.json().path("state").asString()).isEqualTo("waived");
    assertThat(owed(ADMIN)).isEmpty();
    assertInvalidField(apply(ADMIN, breach, " "), "invoice_reference");
  }

  @Test
  void eightConcurrentApplicationsOfOneLineSettleItOnce() throws Exception {
    String line = lines.get(0).path("id").asString();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Integer>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < 8; i++) {
        String invoice = "INV-RACE-" + i;
        Callable<Integer> call = () -> apply(ADMIN, line, invoice).status();
        answers.add(pool.submit(call));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get());
      }

      assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
      assertThat(statuses).filteredOn(s -> s == 409).hasSize(7);
      assertThat(
              server
                  .jdbc()
                  .sql("SELECT COUNT(*) FROM credit_settlement WHERE credit_line_id = ?")
                  .param(line)
                  .query(Long.class)
                  .single())
          .isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void onlyAdminsSettleAndACustomerReadsItsOwnCreditsOnly() {
    String line = lines.get(0).path("id").asString();
    String own = fixtures.api().customerToken(customer);
    String other = fixtures.api().customerToken(fixtures.api().customer("stranger"));

    assertProblem(apply(fixtures.api().agentToken(), line, "INV-1"), 403);
    assertProblem(apply(own, line, "INV-1"), 403);
    assertThat(owed(own)).hasSize(2);
    Api.Response foreign =
        api.get("/api/v1/customers/" + customer + "/credits").token(other).send();
    Api.Response missing =
        api.get("/api/v1/customers/no-such-customer/credits").token(other).send();
    assertThat(assertProblem(foreign, 404).path("type"))
        .isEqualTo(assertProblem(missing, 404).path("type"));
    assertProblem(fixtures.statement(other, customer, MARCH, ""), 404);
    assertThat(fixtures.statement(own, customer, MARCH, "").status()).isEqualTo(200);
  }

  @Test
  void theBillingExportNeutralisesCellsAFormulaCouldHideIn() {
    String tier = lines.get(0).path("id").asString();
    apply(ADMIN, tier, "=HYPERLINK(\\\"http://evil.example\\\")");

    Api.Response csv =
        api.get("/api/v1/credits/export?customer_id=" + customer)
            .token(fixtures.api().agentToken())
            .send();
    Api.Response refused =
        api.get("/api/v1/credits/export?customer_id=" + customer)
            .token(fixtures.api().customerToken(customer))
            .send();

    assertThat(csv.status()).as("%s", csv).isEqualTo(200);
    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    List<String> rows = csv.body().lines().toList();
    assertThat(rows.get(0)).isEqualTo(CreditsCsv.HEADER.strip());
    assertThat(rows).hasSize(3);
    assertThat(rows.get(1))
        .startsWith(customer + ",2026-03," + tier + ",1,1,original,availability_tier,")
        .contains(",5,120.00,EUR,applied,\"'=HYPERLINK(\"\"http://evil.example\"\")\",,");
    assertThat(rows.get(2)).contains(",breach,").contains(",48.00,EUR,owed,");
    assertProblem(refused, 403);
  }
}
