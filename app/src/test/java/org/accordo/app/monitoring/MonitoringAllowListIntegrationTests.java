package org.accordo.app.monitoring;

import static org.accordo.app.support.ProblemAssertions.assertInvalidField;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
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

/**
 * {@code accordo.monitoring.allow} on a server of its own, on each database, that allows
 * 127.0.0.1/32 for monitors only ({@code accordo.egress.allow} empty): a monitor of 127.0.0.1 is
 * created and checked, one of 127.0.0.2 is refused at creation naming the setting and, behind a
 * name, blocked at check time; a webhook to 127.0.0.1 stays refused.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class MonitoringAllowListIntegrationTests {

  private static final String ADMIN = RunningServer.ADMIN_TOKEN;

  private final RunningServer server;
  private final Api api;
  private final ApiFixtures fixtures;
  private ServerSocket target;
  private String customer;

  MonitoringAllowListIntegrationTests(TestDatabase database) {
    this.server =
        RunningServer.named(
            "monitoring-allow",
            database,
            Map.of("accordo.egress.allow", "", "accordo.monitoring.allow", "127.0.0.1/32"));
    this.api = server.api();
    this.fixtures = new ApiFixtures(api);
  }

  @BeforeEach
  void customerAndTarget() throws IOException {
    server.clock().set(RunningServer.START);
    customer = fixtures.customerWithContract("vpn");
    target = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
  }

  @AfterEach
  void stopTarget() throws IOException {
    target.close();
  }

  private Api.Response tcpMonitor(String host) {
    return api.post("/api/v1/customers/" + customer + "/monitors")
        .token(fixtures.agentToken())
        .json(
            "{\"service\": \"servers\", \"kind\": \"tcp\", \"host\": \""
                + host
                + "\", \"port\": "
                + target.getLocalPort()
                + ", \"interval_seconds\": 60, \"timeout_seconds\": 5}")
        .send();
  }

  private String lastResult(String monitorId) {
    return server
        .jdbc()
        .sql(
            "SELECT last_ok, last_problem FROM monitor_run WHERE monitor_id = :id"
                + " AND last_check_at IS NOT NULL")
        .param("id", monitorId)
        .query((rs, row) -> rs.getBoolean("last_ok") ? "up" : rs.getString("last_problem"))
        .optional()
        .orElse(null);
  }

  private String checked(String monitorId) {
    Instant at = server.clock().instant();
    server.bean(MonitorScheduler.class).poll();
    return Await.until(
        Duration.ofSeconds(20),
        () -> lastResult(monitorId),
        result -> result != null,
        "the check of " + monitorId + " at " + at);
  }

  @Test
  void monitorsReachTheAllowedBlockAndNothingElse() {
    Api.Response allowed = tcpMonitor("127.0.0.1");
    assertThat(allowed.status()).as("%s", allowed).isEqualTo(201);
    assertThat(checked(allowed.json().path("id").asString())).isEqualTo("up");

    assertThat(assertInvalidField(tcpMonitor("127.0.0.2"), "host").path("detail").asString())
        .contains("127.0.0.2 is a loopback address")
        .contains("accordo.monitoring.allow");

    TestHostResolver.map("outside-vpn.test", "127.0.0.2");
    Api.Response named = tcpMonitor("outside-vpn.test");
    assertThat(named.status()).as("a name is checked when resolved").isEqualTo(201);
    assertThat(checked(named.json().path("id").asString())).isEqualTo("blocked by egress policy");
  }

  @Test
  void aWebhookToTheMonitorsBlockStaysRefused() {
    assertThat(
            assertInvalidField(
                    api.post("/api/v1/webhooks")
                        .token(ADMIN)
                        .json(
                            "{\"url\": \"http://127.0.0.1:"
                                + target.getLocalPort()
                                + "/hook\", \"secret\": \"a-webhook-secret-of-32-characters-at-least\"}")
                        .send(),
                    "url")
                .path("detail")
                .asString())
        .contains("loopback")
        .doesNotContain("accordo.monitoring.allow");
  }
}
