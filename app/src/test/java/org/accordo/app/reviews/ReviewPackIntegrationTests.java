package org.accordo.app.reviews;

import static org.accordo.app.support.ProblemAssertions.assertInvalidField;
import static org.accordo.app.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.accordo.app.support.Api;
import org.accordo.app.support.ApiFixtures;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * The review pack's figures against a small case computed by hand, on each database. The reference
 * contract from 2026-01-01; in March 2026 two P1 tickets of the servers, opened Monday 2 March
 * 09:00Z and answered at 09:10 (first response 30 min on the 24x7 calendar: both met); one resolved
 * at 10:00 (resolution 4 h: met), one at 14:00 (5 h: breached). So March's P1 resolution is 1 met,
 * 1 breached, 50%; first response 2 met, 100%; one breach of P1 resolution; its credit 2% of the
 * 2,400.00 EUR fee: 48.00 EUR; no outage: the servers 100% available, none of March's budget used
 * (99.9% of 743 h, the month of the DST change: 44 min 34.8 s = 2674.8 s). February had no ticket:
 * no compliance row has a share for it, so no trend either.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class ReviewPackIntegrationTests {

  static final String ADMIN = RunningServer.ADMIN_TOKEN;
  static final Instant OPENED = Instant.parse("2026-03-02T09:00:00Z");

  private final RunningServer server;
  private final Api api;
  private final ApiFixtures fixtures;

  ReviewPackIntegrationTests(TestDatabase database) {
    this.server = RunningServer.on(database);
    this.api = server.api();
    this.fixtures = new ApiFixtures(api);
  }

  @Test
  void thePacksFiguresAreTheMonthsStatementsOnAHandComputedCase() throws Exception {
    String customer = customerWithMarch("pack");

    JsonNode pack = json(customer, "?from=2026-02&to=2026-03&format=json", ADMIN);

    assertThat(pack.path("months").valueStream().map(JsonNode::asString))
        .containsExactly("2026-02", "2026-03");
    JsonNode resolution = row(pack, "resolution", "P1");
    assertThat(resolution.path("met").asInt()).isEqualTo(1);
    assertThat(resolution.path("breached").asInt()).isEqualTo(1);
    assertThat(resolution.path("shares").get(0).isNull()).isTrue();
    assertThat(resolution.path("shares").get(1).decimalValue()).isEqualByComparingTo("0.5");
    assertThat(resolution.path("trend").isNull()).isTrue();
    JsonNode firstResponse = row(pack, "first_response", "P1");
    assertThat(firstResponse.path("met").asInt()).isEqualTo(2);
    assertThat(firstResponse.path("shares").get(1).decimalValue()).isEqualByComparingTo("1");
    assertThat(
            pack.path("breaches")
                .valueStream()
                .filter(b -> b.path("metric").asString().equals("resolution"))
                .map(b -> b.path("priority").asString() + " " + b.path("count").asInt()))
        .containsExactly("P1 1");
    JsonNode march =
        pack.path("availability")
            .valueStream()
            .filter(a -> a.path("month").asString().equals("2026-03"))
            .findFirst()
            .orElseThrow();
    assertThat(march.path("service").asString()).isEqualTo("servers");
    assertThat(march.path("availability").decimalValue()).isEqualByComparingTo("1");
    assertThat(march.path("downtime_seconds").decimalValue()).isEqualByComparingTo("0");
    assertThat(march.path("budget_seconds").decimalValue()).isEqualByComparingTo("2674.8");
    assertThat(march.path("budget_used").decimalValue()).isEqualByComparingTo("0");
    JsonNode credits = pack.path("credits").get(pack.path("credits").size() - 1);
    assertThat(credits.path("month").asString()).isEqualTo("2026-03");
    assertThat(credits.path("total").asString()).isEqualTo("48.00");
    assertThat(credits.path("currency").asString()).isEqualTo("EUR");
    assertThat(pack.path("rcas").size()).isEqualTo(2);
    assertThat(pack.path("rcas").valueStream().map(r -> r.path("state").asString()))
        .containsOnly("draft");
    assertThat(pack.path("contract_version").asInt()).isEqualTo(1);
    assertThat(pack.path("next_review").asString()).isEqualTo("2026-07-01");
    assertThat(pack.path("overdue").asBoolean()).isFalse();
    assertThat(pack.path("what_if").isNull()).isTrue();
  }

  @Test
  void aProposedContractAddsTheSimulatorsComparison() {
    String customer = customerWithMarch("whatif");
    String proposed =
        ApiFixtures.contract(customer + "-contract", "{ from: 2026-01-01 }")
            .replace("P1: { target: 4h", "P1: { target: 6h");

    Api.Response answer =
        api.post(
                "/api/v1/customers/"
                    + customer
                    + "/reviews/pack?from=2026-03&to=2026-03&format=json")
            .token(ADMIN)
            .body("application/yaml", proposed)
            .send();

    assertThat(answer.status()).as("%s", answer).isEqualTo(200);
    JsonNode whatIf = answer.json().path("what_if");
    // the 5 h resolution meets a 6 h target: one breach fewer, and no credit for it
    assertThat(whatIf.path("proposed").path("breached").asInt())
        .isEqualTo(whatIf.path("current").path("breached").asInt() - 1);
    assertThat(whatIf.path("proposed").path("met").asInt())
        .isEqualTo(whatIf.path("current").path("met").asInt() + 1);
    assertThat(whatIf.path("current").path("credits").asString()).isEqualTo("48.00 EUR");
  }

  @Test
  void thePackIsHtmlOrPdfInEnglishOrItalianAndEachCustomerReadsOnlyItsOwn() throws Exception {
    String customer = customerWithMarch("document");
    String own = fixtures.customerToken(customer);

    Api.Response english =
        api.get("/api/v1/customers/" + customer + "/reviews/pack?from=2026-03&to=2026-03")
            .token(own)
            .send();
    assertThat(english.status()).as("%s", english).isEqualTo(200);
    assertThat(english.header("Content-Type")).startsWith("text/html");
    assertThat(english.body())
        .contains("SLA review pack", "Compliance per metric and priority", "48.00 EUR")
        .contains("50.0%", "Resolution", "Availability and downtime budget", "44 min");
    Api.Response italian =
        api.get("/api/v1/customers/" + customer + "/reviews/pack?from=2026-03&to=2026-03&lang=it")
            .token(ADMIN)
            .send();
    assertThat(italian.body())
        .contains("Dossier per la revisione dello SLA", "Conformità per metrica e priorità")
        .contains("50,0%", "Crediti");
    for (String lang : new String[] {"en", "it"}) {
      byte[] pdf =
          api.get(
                  "/api/v1/customers/"
                      + customer
                      + "/reviews/pack?from=2026-02&to=2026-03&format=pdf&lang="
                      + lang)
              .token(own)
              .sendBytes();
      assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
      Files.createDirectories(Path.of("target", "reviews"));
      Files.write(Path.of("target", "reviews", "pack-" + lang + ".pdf"), pdf);
    }

    String stranger = fixtures.customerToken(fixtures.customerWithContract("stranger"));
    assertProblem(
        api.get("/api/v1/customers/" + customer + "/reviews/pack?from=2026-03&to=2026-03")
            .token(stranger)
            .send(),
        404);
    String base = "/api/v1/customers/" + customer + "/reviews/pack";
    assertInvalidField(api.get(base + "?from=2026-03&to=2026-02").token(ADMIN).send(), "to");
    assertInvalidField(api.get(base + "?from=2026-03&to=2026-05").token(ADMIN).send(), "to");
    assertInvalidField(api.get(base + "?to=2026-03").token(ADMIN).send(), "from");
    assertInvalidField(
        api.get(base + "?from=2026-03&to=2026-03&lang=de").token(ADMIN).send(), "lang");
    assertInvalidField(
        api.get(base + "?from=2026-03&to=2026-03&format=doc").token(ADMIN).send(), "format");
  }

  /** A customer with the two P1 tickets of March (above); the clock left on 10 April 2026. */
  private String customerWithMarch(String prefix) {
    server.clock().set(OPENED);
    String customer = fixtures.customerWithContract(prefix);
    String met = fixtures.ticket(customer, "P1", "servers", OPENED);
    String breached = fixtures.ticket(customer, "P1", "servers", OPENED);
    server.clock().set(OPENED.plusSeconds(600));
    event(met, "{\"type\": \"agent_replied\", \"public\": true}");
    event(breached, "{\"type\": \"agent_replied\", \"public\": true}");
    server.clock().set(OPENED.plusSeconds(3600));
    event(met, "{\"type\": \"status_changed\", \"status\": \"resolved\"}");
    server.clock().set(OPENED.plusSeconds(5 * 3600));
    event(breached, "{\"type\": \"status_changed\", \"status\": \"resolved\"}");
    server.clock().set(Instant.parse("2026-04-10T08:00:00Z"));
    return customer;
  }

  private void event(String ticket, String json) {
    Api.Response response =
        api.post("/api/v1/tickets/" + ticket + "/events").token(ADMIN).json(json).send();
    assertThat(response.status()).as("%s", response).isEqualTo(201);
  }

  private JsonNode json(String customer, String query, String token) {
    Api.Response response =
        api.get("/api/v1/customers/" + customer + "/reviews/pack" + query).token(token).send();
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    return response.json();
  }

  private static JsonNode row(JsonNode pack, String metric, String priority) {
    return pack.path("compliance")
        .valueStream()
        .filter(
            r ->
                r.path("metric").asString().equals(metric)
                    && r.path("priority").asString().equals(priority))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + metric + " " + priority + " in " + pack));
  }
}
