package org.accordo.app.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.accordo.app.support.Api;
import org.accordo.app.support.ApiFixtures;
import org.accordo.app.support.Await;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * The node that recorded an escalation and the node that delivered its notification are shown in
 * the API, on each database. The server under test is configured with {@code accordo.node-id}
 * {@link RunningServer#nodeId}. (Two nodes sharing the work: {@code ExactlyOnceIntegrationTests}.)
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class NodeRecordIntegrationTests {

  static final String ADMIN = RunningServer.ADMIN_TOKEN;
  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  private final TestDatabase database;
  private final RunningServer server;
  private final Api api;
  private final ApiFixtures fixtures;

  NodeRecordIntegrationTests(TestDatabase database) {
    this.database = database;
    this.server = RunningServer.on(database);
    this.api = server.api();
    this.fixtures = new ApiFixtures(api);
  }

  @BeforeEach
  void setClock() {
    server.clock().set(NOW);
  }

  @Test
  void theEscalationAndItsDeliveryNameTheNodeThatDidThem() {
    String customer = fixtures.customerWithContract("node-recorded");
    // a P1 opened 23 minutes ago has crossed L1 (75% of 30 min): recorded at creation, its e-mail
    // sent by the dispatcher
    String ticket = fixtures.ticket(customer, "P1", "servers", NOW.minus(Duration.ofMinutes(23)));

    JsonNode escalation =
        api.get("/api/v1/escalations?ticket_id=" + ticket)
            .token(ADMIN)
            .send()
            .json()
            .path("items")
            .get(0);
    JsonNode delivered =
        Await.until(
            Duration.ofSeconds(10),
            () ->
                api.get("/api/v1/notifications?ticket_id=" + ticket)
                    .token(ADMIN)
                    .send()
                    .json()
                    .path("items")
                    .valueStream()
                    .filter(n -> n.path("channel").asString().equals("email"))
                    .findFirst()
                    .orElseThrow(),
            n -> n.path("state").asString().equals("delivered"),
            "the e-mail delivered");

    assertThat(escalation.path("level").asString()).isEqualTo("L1");
    assertThat(escalation.path("recorded_by_node").asString())
        .isEqualTo(RunningServer.nodeId(database));
    assertThat(delivered.path("delivered_by_node").asString())
        .isEqualTo(RunningServer.nodeId(database));
  }
}
