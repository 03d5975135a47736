package org.accordo.app.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.accordo.app.support.Api;
import org.accordo.app.support.ApiFixtures;
import org.accordo.app.support.Await;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.accordo.app.support.TestHostResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * From checks to outages on the server, on each database: a local HTTP target whose status the test
 * switches, checks run by the server's scheduler at instants the test sets: an outage opens at the
 * first failed check once confirmed and closes at the first success, with its evidence, told
 * through the outbox; a lone failure opens none; inside an announced maintenance window the outage
 * is {@code announced_maintenance} and is split at the window's end; a gap without checks is
 * uncovered time; a name resolving to a refused range is blocked at check time.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class MonitoringIntegrationTests {

  static final String ADMIN = RunningServer.ADMIN_TOKEN;

  /** A Monday; monitors check every 60 s and confirm after 2 failures. */
  static final Instant T0 = RunningServer.START;

  private final RunningServer server;
  private final Api api;
  private final ApiFixtures fixtures;
  private final AtomicInteger status = new AtomicInteger(200);
  private HttpServer target;
  private String customer;

  MonitoringIntegrationTests(TestDatabase database) {
    this.server = RunningServer.on(database);
    this.api = server.api();
    this.fixtures = new ApiFixtures(api);
  }

  @BeforeEach
  void customerAndTarget() throws IOException {
    server.clock().set(T0);
    customer = fixtures.customerWithContract("checked");
    target = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 50);
    target.createContext(
        "/health",
        exchange -> {
          byte[] body = "service ok".getBytes();
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

  private String monitor(String body) {
    Api.Response created =
        api.post("/api/v1/customers/" + customer + "/monitors")
            .token(fixtures.agentToken())
            .json(body)
            .send();
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    return created.json().path("id").asString();
  }

  private String httpMonitor() {
    return monitor(
        "{\"service\": \"servers\", \"kind\": \"http\", \"url\": \"http://127.0.0.1:"
            + target.getAddress().getPort()
            + "/health\", \"interval_seconds\": 60, \"timeout_seconds\": 5}");
  }

  /** Sets the clock to {@code at}, runs the scheduler and waits for the monitor's check. */
  private void checkAt(String monitorId, Instant at) {
    server.clock().set(at);
    server.bean(MonitorScheduler.class).poll();
    Await.until(
        Duration.ofSeconds(20),
        () -> lastCheck(monitorId),
        at::equals,
        "the check of " + monitorId + " at " + at);
  }

  private Instant lastCheck(String monitorId) {
    return server
        .jdbc()
        .sql("SELECT last_check_at FROM monitor_run WHERE monitor_id = :id")
        .param("id", monitorId)
        .query((rs, row) -> org.accordo.app.jdbc.Timestamps.read(rs, "last_check_at"))
        .optional()
        .orElse(null);
  }

  private List<JsonNode> outages() {
    JsonNode page =
        api.get("/api/v1/customers/" + customer + "/outages?sort=from").token(ADMIN).send().json();
    return page.path("items").valueStream().toList();
  }

  private static Instant at(int minutes) {
    return T0.plus(Duration.ofMinutes(minutes));
  }

  @Test
  void anOutageOpensAtTheFirstConfirmedFailureAndClosesAtTheFirstSuccess() {
    subscribeWebhook();
    String monitor = httpMonitor();
    checkAt(monitor, at(0));
    status.set(503);
    checkAt(monitor, at(1));
    assertThat(outages()).as("one failure is not confirmed").isEmpty();

    checkAt(monitor, at(2));
    List<JsonNode> open = outages();
    assertThat(open).hasSize(1);
    assertThat(open.get(0).path("from").asString()).isEqualTo(at(1).toString());
    assertThat(open.get(0).path("ongoing").asBoolean()).isTrue();
    assertThat(open.get(0).path("cause").asString()).isEqualTo("provider");
    assertThat(open.get(0).path("recorded_by").asString()).isEqualTo("monitor");

    status.set(200);
    checkAt(monitor, at(3));
    JsonNode closed = outages().get(0);
    assertThat(closed.path("to").asString()).isEqualTo(at(3).toString());
    JsonNode history =
        api.get("/api/v1/customers/" + customer + "/outages/" + closed.path("id").asString())
            .token(ADMIN)
            .send()
            .json()
            .path("history");
    assertThat(history.get(0).path("evidence").asString())
        .contains("2 failed checks from " + at(1) + " status 503 (HTTP 503)");
    assertThat(history.get(1).path("evidence").asString()).contains("1 successful checks from");
    assertThat(webhookTypes()).containsExactly("outage.opened", "outage.closed");
  }

  @Test
  void aHangingTargetDoesNotHoldUpAnotherCustomersCheck() throws IOException {
    try (java.net.ServerSocket silent =
        new java.net.ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
      String hanging =
          monitor(
              "{\"service\": \"servers\", \"kind\": \"http\", \"url\": \"http://127.0.0.1:"
                  + silent.getLocalPort()
                  + "/\", \"timeout_seconds\": 20}");
      String otherCustomer = customer;
      customer = fixtures.customerWithContract("neighbour");
      String healthy = httpMonitor();

      server.clock().set(at(0));
      server.bean(MonitorScheduler.class).poll();
      Await.until(
          Duration.ofSeconds(15),
          () -> lastCheck(healthy),
          at(0)::equals,
          "the healthy target's check while the other hangs");

      assertThat(lastCheck(hanging))
          .as("the hanging check of %s is still running", otherCustomer)
          .isNull();
      Await.until(
          Duration.ofSeconds(60),
          () -> lastCheck(hanging),
          at(0)::equals,
          "the hanging check ends at its timeout");
    }
  }

  @Test
  void aLoneFailureBetweenSuccessesOpensNoOutage() {
    String monitor = httpMonitor();
    checkAt(monitor, at(0));
    status.set(500);
    checkAt(monitor, at(1));
    status.set(200);
    checkAt(monitor, at(2));
    status.set(500);
    checkAt(monitor, at(3));

    assertThat(outages()).isEmpty();
  }

  @Test
  void anOutageAcrossAnAnnouncedWindowsEndIsSplitThere() {
    // announced on Monday for Sunday 2026-03-08 02:00-04:00 in Rome (01:00-03:00Z)
    Api.Response announced =
        api.post("/api/v1/customers/" + customer + "/maintenance")
            .token(fixtures.agentToken())
            .json(
                "{\"service\": \"servers\", \"from\": \"2026-03-08T01:00:00Z\","
                    + " \"to\": \"2026-03-08T03:00:00Z\"}")
            .send();
    assertThat(announced.status()).as("%s", announced).isEqualTo(201);
    String monitor = httpMonitor();
    status.set(503);
    checkAt(monitor, Instant.parse("2026-03-08T02:58:00Z"));
    checkAt(monitor, Instant.parse("2026-03-08T02:59:00Z"));
    checkAt(monitor, Instant.parse("2026-03-08T03:00:30Z"));
    status.set(200);
    checkAt(monitor, Instant.parse("2026-03-08T03:01:30Z"));

    List<JsonNode> recorded =
        outages().stream().filter(o -> o.path("kind").asString().equals("outage")).toList();
    assertThat(recorded).hasSize(2);
    assertThat(recorded.get(0).path("cause").asString()).isEqualTo("announced_maintenance");
    assertThat(recorded.get(0).path("from").asString()).isEqualTo("2026-03-08T02:58:00Z");
    assertThat(recorded.get(0).path("to").asString()).isEqualTo("2026-03-08T03:00:00Z");
    assertThat(recorded.get(0).path("announced_at").asString()).isEqualTo(T0.toString());
    assertThat(recorded.get(1).path("cause").asString()).isEqualTo("provider");
    assertThat(recorded.get(1).path("from").asString()).isEqualTo("2026-03-08T03:00:00Z");
    assertThat(recorded.get(1).path("to").asString()).isEqualTo("2026-03-08T03:01:30Z");
  }

  @Test
  void aGapWithoutChecksIsUncoveredTime() {
    String monitor = httpMonitor();
    checkAt(monitor, at(0));
    checkAt(monitor, at(1));
    checkAt(monitor, at(10));

    List<String> spans =
        server
            .jdbc()
            .sql(
                "SELECT covered_from, covered_to FROM monitor_coverage WHERE monitor_id = :id"
                    + " ORDER BY covered_from")
            .param("id", monitor)
            .query(
                (rs, row) ->
                    org.accordo.app.jdbc.Timestamps.read(rs, "covered_from")
                        + "/"
                        + org.accordo.app.jdbc.Timestamps.read(rs, "covered_to"))
            .list();
    assertThat(spans).containsExactly(at(0) + "/" + at(2), at(10) + "/" + at(11));
    JsonNode march =
        api.get("/api/v1/customers/" + customer + "/services/coverage?month=2026-03")
            .token(fixtures.customerToken(customer))
            .send()
            .json()
            .path("services")
            .get(0);
    assertThat(march.path("service").asString()).isEqualTo("servers");
    // the month in the contract's zone (Europe/Rome) up to now: checked 2 minutes of it
    assertThat(march.path("from").asString()).isEqualTo("2026-02-28T23:00:00Z");
    assertThat(march.path("to").asString()).isEqualTo(at(10).toString());
    assertThat(march.path("covered_seconds").asLong()).isEqualTo(120);
    assertThat(march.path("down_seconds").asLong()).isZero();
    assertThat(march.path("uptime").decimalValue()).isEqualByComparingTo("1");
    assertThat(
            march
                .path("uncovered")
                .valueStream()
                .map(g -> g.path("from").asString() + "/" + g.path("to").asString()))
        .containsExactly("2026-02-28T23:00:00Z/" + at(0), at(2) + "/" + at(10));
  }

  @Test
  void theStatusOfAServiceShowsItsStateOutageUptimeOverCoveredTimeAndBudgetLeft() {
    String monitor = httpMonitor();
    checkAt(monitor, at(0));
    status.set(503);
    checkAt(monitor, at(1));
    checkAt(monitor, at(2));

    Api.Response answered =
        api.get("/api/v1/customers/" + customer + "/services/status")
            .token(fixtures.customerToken(customer))
            .send();
    Api.Response foreign =
        api.get("/api/v1/customers/" + customer + "/services/status")
            .token(fixtures.customerToken(fixtures.customerWithContract("stranger")))
            .send();

    assertThat(answered.status()).as("%s", answered).isEqualTo(200);
    JsonNode servers = answered.json().path("services").get(0);
    assertThat(servers.path("service").asString()).isEqualTo("servers");
    assertThat(servers.path("state").asString()).isEqualTo("down");
    assertThat(servers.path("monitors").get(0).path("last_result").asString())
        .isEqualTo("status 503");
    assertThat(servers.path("current_outage").path("from").asString()).isEqualTo(at(1).toString());
    JsonNode day = servers.path("last_24_hours");
    // covered from the first check to now, down from the first failure: measured 2 minutes only
    assertThat(day.path("covered_seconds").asLong()).isEqualTo(120);
    assertThat(day.path("down_seconds").asLong()).isEqualTo(60);
    assertThat(day.path("uncovered_seconds").asLong()).isEqualTo(86_400 - 120);
    assertThat(day.path("uptime").decimalValue()).isEqualByComparingTo("0.5");
    JsonNode budget = servers.path("budget");
    assertThat(budget.path("period").asString()).isEqualTo("2026-03");
    // 99.9% of March 2026 in Rome (743 hours): 2674.8 s, of which one minute is spent
    assertThat(budget.path("allowed_seconds").asLong()).isEqualTo(2674);
    assertThat(budget.path("used_seconds").asLong()).isEqualTo(60);
    assertThat(foreign.status()).isEqualTo(404);
  }

  @Test
  void aNameResolvingToARefusedRangeIsBlockedAtCheckTimeAndCountsAsDown() {
    TestHostResolver.map("intranet.checked.test", "10.20.30.40");
    String monitor =
        monitor(
            "{\"service\": \"servers\", \"kind\": \"tcp\", \"host\": \"intranet.checked.test\","
                + " \"port\": 443, \"confirm_after\": 1}");
    checkAt(monitor, at(0));

    String problem =
        server
            .jdbc()
            .sql("SELECT last_problem FROM monitor_run WHERE monitor_id = :id")
            .param("id", monitor)
            .query(String.class)
            .single();
    assertThat(problem).isEqualTo("blocked by egress policy");
    assertThat(outages()).hasSize(1);
  }

  private void subscribeWebhook() {
    Api.Response subscribed =
        api.post("/api/v1/webhooks")
            .token(ADMIN)
            .json(
                "{\"url\": \"https://hooks.example/accordo\", \"secret\": \""
                    + "s".repeat(32)
                    + "\", \"customer_id\": \""
                    + customer
                    + "\"}")
            .send();
    assertThat(subscribed.status()).as("%s", subscribed).isEqualTo(201);
  }

  private List<String> webhookTypes() {
    JsonNode notifications =
        api.get("/api/v1/notifications?customer_id=" + customer + "&sort=created_at")
            .token(ADMIN)
            .send()
            .json();
    return notifications
        .path("items")
        .valueStream()
        .filter(n -> n.path("channel").asString().equals("webhook"))
        .map(n -> n.path("payload").path("type").asString())
        .toList();
  }
}
