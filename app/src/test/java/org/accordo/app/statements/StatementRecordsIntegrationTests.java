package org.accordo.app.statements;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.accordo.app.contracts.ContractLibrary;
import org.accordo.app.monitoring.MonitorChecks;
import org.accordo.app.reports.ReportJson;
import org.accordo.app.reports.StatementStatus;
import org.accordo.app.support.Api;
import org.accordo.app.support.ApiFixtures;
import org.accordo.app.support.Await;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The statement's sections from the server's own records, on each database: the monitors' coverage
 * of each service (issue 15) and the root cause analyses open at the month's end, delivered in it
 * and credited when late (issue 17), in the JSON, the documents of both languages and the credits
 * ledger, final and amended; a final statement computed again from the same records is the same
 * bytes. March in Rome is {@code [2026-02-28T23:00Z, 2026-03-31T22:00Z)}, 743 hours; its grace ends
 * 2026-04-03T22:00Z.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class StatementRecordsIntegrationTests {

  static final String ADMIN = RunningServer.ADMIN_TOKEN;
  static final YearMonth MARCH = YearMonth.of(2026, 3);
  static final Instant GRACE_ENDS = Instant.parse("2026-04-03T22:00:00Z");
  static final JsonMapper JSON = JsonMapper.builder().build();

  private final RunningServer server;
  private final Api api;
  private final StatementFixtures fixtures;
  private final AtomicInteger status = new AtomicInteger(200);
  private HttpServer target;

  StatementRecordsIntegrationTests(TestDatabase database) {
    this.server = RunningServer.closing(database);
    this.api = server.api();
    this.fixtures = new StatementFixtures(server);
  }

  @BeforeEach
  void target() throws IOException {
    target = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 50);
    target.createContext(
        "/health",
        exchange -> {
          byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status.get(), body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    target.start();
  }

  @AfterEach
  void stopTarget() {
    target.stop(0);
  }

  @Test
  void theMonitorsCoverageOfEachServiceIsStatedAndPartOfTheFinalStatementsInputs() {
    server.clock().set(RunningServer.START);
    String customer = fixtures.customer("coverage", "{ from: 2026-03-01, to: 2026-03-31 }");
    String monitor = monitor(customer);
    // up at 0 and 1 min, down at 2 and 3 (confirmed: an outage from 2), up again at 4
    checkAt(monitor, minutes(0));
    checkAt(monitor, minutes(1));
    status.set(503);
    checkAt(monitor, minutes(2));
    checkAt(monitor, minutes(3));
    status.set(200);
    checkAt(monitor, minutes(4));

    JsonNode closed = fixtures.closedAt(GRACE_ENDS.plusSeconds(1), customer, MARCH);
    JsonNode json = fixtures.statement(ADMIN, customer, MARCH, "").json();

    // five checks of 60 s cover 5 min, 2 of them down; the rest of March's 743 h was not measured
    JsonNode servers = json.path("coverage").get(0);
    assertThat(json.path("coverage").size()).isEqualTo(1);
    assertThat(servers.path("service").asString()).isEqualTo("servers");
    assertThat(servers.path("monitored").asBoolean()).isTrue();
    assertThat(servers.path("covered_seconds").asLong()).isEqualTo(300);
    assertThat(servers.path("up_seconds").asLong()).isEqualTo(180);
    assertThat(servers.path("down_seconds").asLong()).isEqualTo(120);
    assertThat(servers.path("uncovered_seconds").asLong()).isEqualTo(743 * 3600 - 300);
    assertThat(markdown(customer, "en"))
        .contains("Time measured by monitors", "Covered by checks")
        .contains("| servers | monitors | 5 min | 3 min | 2 min | 742 h 55 min |")
        .contains("Time no check covered is neither up nor down");
    assertThat(markdown(customer, "it"))
        .contains("Tempo misurato dai monitor", "Coperto dai controlli", "Non coperto")
        .contains("| servers | monitor | 5 min | 3 min | 2 min | 742 h 55 min |");
    assertSameBytesComputedAgain(customer, closed);
  }

  @Test
  void analysesOpenAtTheEndAndDeliveredInTheMonthAreListedAndALateOneCreditedOnce() {
    server.clock().set(Instant.parse("2026-03-09T15:00:00Z"));
    String customer = rcaCustomer();
    // P1s opened Monday 2 and Monday 9 March at 14:00 in Rome: each opens an RCA (at its first
    // breach or its resolution, whichever comes first) due 8 office hours later, on the Tuesday
    String lateTicket = fixtures.p1(customer, Instant.parse("2026-03-02T13:00:00Z"), hours(1));
    String onTimeTicket = fixtures.p1(customer, Instant.parse("2026-03-09T13:00:00Z"), hours(1));
    String late = rcaOf(customer, lateTicket);
    String onTime = rcaOf(customer, onTimeTicket);
    String lateDue =
        api.get("/api/v1/rcas/" + late).token(ADMIN).send().json().path("due_at").asString();
    // due in March, before the on-time RCA is delivered
    assertThat(Instant.parse(lateDue)).isBefore(Instant.parse("2026-03-10T10:00:00Z"));
    assertThat(
            Instant.parse(
                api.get("/api/v1/rcas/" + onTime)
                    .token(ADMIN)
                    .send()
                    .json()
                    .path("due_at")
                    .asString()))
        .isAfter(Instant.parse("2026-03-10T10:00:00Z"));
    server.clock().set(Instant.parse("2026-03-10T10:00:00Z"));
    deliver(onTime);

    JsonNode closed = fixtures.closedAt(GRACE_ENDS.plusSeconds(1), customer, MARCH);
    JsonNode json = fixtures.statement(ADMIN, customer, MARCH, "").json();

    JsonNode open = json.path("root_cause_analyses").path("open");
    assertThat(open.size()).isEqualTo(1);
    assertThat(open.get(0).path("rca").asString()).isEqualTo(late);
    assertThat(open.get(0).path("due_at").asString()).isEqualTo(lateDue);
    assertThat(open.get(0).path("late").asBoolean()).isTrue();
    assertThat(open.get(0).path("delivered_at").isNull()).isTrue();
    assertThat(open.get(0).path("tickets").get(0).path("ticket").asString()).isEqualTo(lateTicket);
    assertThat(open.get(0).path("tickets").get(0).path("subject").asString())
        .isEqualTo("Server down");
    JsonNode delivered = json.path("root_cause_analyses").path("delivered");
    assertThat(delivered.size()).isEqualTo(1);
    assertThat(delivered.get(0).path("rca").asString()).isEqualTo(onTime);
    assertThat(delivered.get(0).path("delivered_at").asString()).isEqualTo("2026-03-10T10:00:00Z");
    assertThat(delivered.get(0).path("late").asBoolean()).isFalse();
    // the late RCA earns the contract's 1% of 2,400.00 EUR, with the RCA as evidence
    JsonNode line = rcaLine(json);
    assertThat(line.path("rule").asString()).isEqualTo("rca breach");
    assertThat(line.path("amount").asString()).isEqualTo("24.00");
    assertThat(line.path("rcas").get(0).path("rca").asString()).isEqualTo(late);
    assertThat(line.path("rcas").get(0).path("breached_at").asString()).isEqualTo(lateDue);
    assertThat(closed.path("credits_total").asString()).isEqualTo("24.00");
    List<JsonNode> ledger = rcaLedgerLines(customer);
    assertThat(ledger).hasSize(1);
    assertThat(ledger.get(0).path("amount").asString()).isEqualTo("24.00");
    assertThat(ledger.get(0).path("evidence").path("rcas").get(0).path("rca").asString())
        .isEqualTo(late);
    assertThat(markdown(customer, "en"))
        .contains("Root cause analyses", "Open at the end of the month", "Delivered in the month")
        .contains("late", "on time", "Server down");
    assertThat(markdown(customer, "it"))
        .contains("Analisi delle cause (RCA)", "Aperte alla fine del mese", "in ritardo")
        .contains("puntuale");

    // delivered after the close: the final statement, computed again, reads it as it stood then
    server.clock().set(Instant.parse("2026-04-06T10:00:00Z"));
    deliver(late);
    assertSameBytesComputedAgain(customer, closed);

    // a late outage amends March: the late RCA is still credited, and the ledger's line is not
    // corrected or repeated
    fixtures.outage(
        customer,
        Instant.parse("2026-03-20T10:00:00Z"),
        Instant.parse("2026-03-20T11:00:00Z"),
        "provider");
    fixtures.awaitVersion(customer, MARCH, 2);
    JsonNode amended = fixtures.statement(ADMIN, customer, MARCH, "").json();
    assertThat(amended.path("status").asString()).isEqualTo("amended");
    assertThat(rcaLine(amended).path("amount").asString()).isEqualTo("24.00");
    assertThat(
            amended.path("root_cause_analyses").path("open").get(0).path("delivered_at").asString())
        .isEqualTo("2026-04-06T10:00:00Z");
    assertThat(rcaLedgerLines(customer)).hasSize(1);
  }

  /** The statement's Markdown, a number and its unit joined by a plain space. */
  private String markdown(String customer, String lang) {
    return fixtures
        .statement(ADMIN, customer, MARCH, "?format=md&lang=" + lang)
        .body()
        .replace('\u00a0', ' ');
  }

  private void assertSameBytesComputedAgain(String customer, JsonNode closed) {
    byte[] stored =
        fixtures.statement(ADMIN, customer, MARCH, "").body().getBytes(StandardCharsets.UTF_8);
    StatementKey key = new StatementKey(customer, MARCH);
    StatementComputation.Computed again =
        server
            .bean(TransactionTemplate.class)
            .execute(
                s -> {
                  StatementComputation computation = server.bean(StatementComputation.class);
                  ContractLibrary.LoadedContract contract =
                      computation.contractOf(key).orElseThrow();
                  return computation.compute(key, contract, GRACE_ENDS);
                });
    assertThat(ReportJson.write(again.document(), again.report(), StatementStatus.FINAL))
        .isEqualTo(stored);
    assertThat(again.digest()).isEqualTo(closed.path("inputs_digest").asString());
  }

  /**
   * A customer whose contract (in force in March) owes a P1's RCA in 8 office hours, 1% if late.
   */
  private String rcaCustomer() {
    String id = fixtures.api().customer("rcas");
    String contract =
        ApiFixtures.contract(id + "-contract", "{ from: 2026-03-01, to: 2026-03-31 }")
            .replace(
                "within: { duration: 5d, calendar: office }",
                "within: { duration: 8h, calendar: office }")
            .replace(
                "    - { breach: resolution, priority: P1, credit: 2% }\n",
                "    - { breach: resolution, priority: P1, credit: 2% }\n"
                    + "    - { breach: rca, credit: 1% }\n");
    Api.Response uploaded =
        api.post("/api/v1/customers/" + id + "/contracts")
            .token(ADMIN)
            .body("application/yaml", contract)
            .send();
    assertThat(uploaded.status()).as("%s", uploaded).isEqualTo(201);
    return id;
  }

  private String rcaOf(String customer, String ticket) {
    return Await.until(
            Duration.ofSeconds(30),
            () -> api.get("/api/v1/rcas?customer_id=" + customer).token(ADMIN).send().json(),
            page ->
                page.path("items")
                    .valueStream()
                    .anyMatch(r -> r.path("tickets").get(0).asString().equals(ticket)),
            "the RCA of " + ticket)
        .path("items")
        .valueStream()
        .filter(r -> r.path("tickets").get(0).asString().equals(ticket))
        .findFirst()
        .orElseThrow()
        .path("id")
        .asString();
  }

  private void deliver(String rca) {
    Api.Response written =
        api.put("/api/v1/rcas/" + rca)
            .token(ADMIN)
            .json("{\"summary\": \"A switch failed\", \"root_cause\": \"a firmware bug\"}")
            .send();
    assertThat(written.status()).as("%s", written).isEqualTo(200);
    Api.Response delivered = api.post("/api/v1/rcas/" + rca + "/delivery").token(ADMIN).send();
    assertThat(delivered.status()).as("%s", delivered).isEqualTo(201);
  }

  private static JsonNode rcaLine(JsonNode statement) {
    return statement
        .path("credits")
        .path("lines")
        .valueStream()
        .filter(l -> l.path("kind").asString().equals("rca"))
        .reduce(
            (a, b) -> {
              throw new AssertionError("two rca lines: " + statement.path("credits"));
            })
        .orElseThrow(() -> new AssertionError("no rca line: " + statement.path("credits")));
  }

  private List<JsonNode> rcaLedgerLines(String customer) {
    return api.get("/api/v1/customers/" + customer + "/credits")
        .token(ADMIN)
        .send()
        .json()
        .path("items")
        .valueStream()
        .filter(l -> l.path("kind").asString().equals("rca"))
        .toList();
  }

  private String monitor(String customer) {
    Api.Response created =
        api.post("/api/v1/customers/" + customer + "/monitors")
            .token(ADMIN)
            .json(
                "{\"service\": \"servers\", \"kind\": \"http\", \"url\": \"http://127.0.0.1:"
                    + target.getAddress().getPort()
                    + "/health\", \"interval_seconds\": 60, \"timeout_seconds\": 5}")
            .send();
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    return created.json().path("id").asString();
  }

  private void checkAt(String monitorId, Instant at) {
    MonitorChecks.checkAt(server, monitorId, at);
  }

  private static Instant minutes(int minutes) {
    return RunningServer.START.plus(Duration.ofMinutes(minutes));
  }

  private static Duration hours(int hours) {
    return Duration.ofHours(hours);
  }
}
