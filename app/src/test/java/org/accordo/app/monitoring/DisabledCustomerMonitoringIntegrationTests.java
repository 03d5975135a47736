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
import org.accordo.app.jdbc.Timestamps;
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
import tools.jackson.databind.JsonNode;

/**
 * Monitors of a disabled customer stop, on each database: a local HTTP target counts the requests
 * it receives; once the customer is disabled the scheduler claims no check of its monitor (no
 * request, nothing leased), its open outage ends at the disabling instant and its coverage too (the
 * time after is uncovered, neither up nor down); enabled again, the monitor checks at once.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class DisabledCustomerMonitoringIntegrationTests {

  static final String ADMIN = RunningServer.ADMIN_TOKEN;
  static final Instant T0 = RunningServer.START;

  private final RunningServer server;
  private final Api api;
  private final ApiFixtures fixtures;
  private final AtomicInteger status = new AtomicInteger(200);
  private final AtomicInteger requests = new AtomicInteger();
  private HttpServer target;
  private String customer;

  DisabledCustomerMonitoringIntegrationTests(TestDatabase database) {
    this.server = RunningServer.on(database);
    this.api = server.api();
    this.fixtures = new ApiFixtures(api);
  }

  @BeforeEach
  void customerAndTarget() throws IOException {
    server.clock().set(T0);
    customer = fixtures.customerWithContract("stopped");
    target = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 50);
    target.createContext(
        "/health",
        exchange -> {
          requests.incrementAndGet();
          byte[] body = "ok".getBytes();
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

  private String monitor() {
    Api.Response created =
        api.post("/api/v1/customers/" + customer + "/monitors")
            .token(fixtures.agentToken())
            .json(
                "{\"service\": \"servers\", \"kind\": \"http\", \"url\": \"http://127.0.0.1:"
                    + target.getAddress().getPort()
                    + "/health\", \"interval_seconds\": 60, \"timeout_seconds\": 5}")
            .send();
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    return created.json().path("id").asString();
  }

  private void checkAt(String monitorId, Instant at) {
    server.clock().set(at);
    server.bean(MonitorScheduler.class).poll();
    Await.until(
        Duration.ofSeconds(20),
        () -> run(monitorId, "last_check_at"),
        at::equals,
        "the check of " + monitorId + " at " + at);
  }

  private Instant run(String monitorId, String column) {
    return server
        .jdbc()
        .sql("SELECT " + column + " FROM monitor_run WHERE monitor_id = :id")
        .param("id", monitorId)
        .query((rs, row) -> Timestamps.read(rs, column))
        .optional()
        .orElse(null);
  }

  private void changeState(String state) {
    Api.Response changed =
        api.method("PATCH", "/api/v1/customers/" + customer)
            .token(ADMIN)
            .json("{\"state\": \"" + state + "\"}")
            .send();
    assertThat(changed.status()).as("%s", changed).isEqualTo(200);
  }

  private List<String> spans(String monitorId) {
    return server
        .jdbc()
        .sql(
            "SELECT covered_from, covered_to FROM monitor_coverage WHERE monitor_id = :id"
                + " ORDER BY covered_from")
        .param("id", monitorId)
        .query(
            (rs, row) ->
                Timestamps.read(rs, "covered_from") + "/" + Timestamps.read(rs, "covered_to"))
        .list();
  }

  private static Instant at(int seconds) {
    return T0.plusSeconds(seconds);
  }

  @Test
  void aDisabledCustomersMonitorChecksNothingUntilItIsEnabledAgain() {
    String monitor = monitor();
    checkAt(monitor, at(0));
    status.set(503);
    checkAt(monitor, at(60));
    checkAt(monitor, at(120));
    assertThat(requests.get()).isEqualTo(3);
    assertThat(outages()).hasSize(1);

    server.clock().set(at(150));
    changeState("disabled");
    for (int seconds : new int[] {180, 240, 600}) {
      server.clock().set(at(seconds));
      server.bean(MonitorScheduler.class).poll();
    }
    assertThat(run(monitor, "next_check_at"))
        .as("claimed by no poll: the lease would have moved it")
        .isEqualTo(at(180));
    assertThat(run(monitor, "last_check_at")).isEqualTo(at(120));
    assertThat(requests.get()).as("no request while disabled").isEqualTo(3);

    JsonNode ended = outages().get(0);
    assertThat(ended.path("from").asString()).isEqualTo(at(60).toString());
    assertThat(ended.path("to").asString())
        .as("the outage ends when measuring stopped, not later")
        .isEqualTo(at(150).toString());

    server.clock().set(at(900));
    changeState("active");
    checkAt(monitor, at(900));
    assertThat(requests.get()).as("checked again once enabled").isEqualTo(4);
    assertThat(spans(monitor))
        .as("the disabled time is uncovered")
        .containsExactly(at(0) + "/" + at(150), at(900) + "/" + at(960));
    checkAt(monitor, at(960));
    assertThat(outages())
        .as("still failing: a new outage from the first failed check after enabling")
        .hasSize(2);
    assertThat(outages().get(1).path("from").asString()).isEqualTo(at(900).toString());
  }

  private List<JsonNode> outages() {
    return api.get("/api/v1/customers/" + customer + "/outages?sort=from")
        .token(ADMIN)
        .send()
        .json()
        .path("items")
        .valueStream()
        .toList();
  }
}
