package org.accordo.app.notifications;

import static org.accordo.app.support.ProblemAssertions.assertInvalidField;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.accordo.app.support.Api;
import org.accordo.app.support.ApiFixtures;
import org.accordo.app.support.Await;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestChannel;
import org.accordo.app.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * One delivery's trouble is its own (issue 18): a poison row, a receiver that takes 60 s and a
 * receiver that answers 410 Gone each end on their own rows, while a healthy receiver of another
 * customer, due in the same batch, is delivered at once and once. On each database; the servers
 * under test run deliveries for at most 5 s ({@code delivery-timeout}).
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class DeliveryIsolationIntegrationTests {

  static final String ADMIN = RunningServer.ADMIN_TOKEN;
  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  static final Duration WITHIN = Duration.ofSeconds(15);
  static final String SECRET = "whsec-0123456789abcdefghijklmnopqrstuv";
  static final String POISON_URL = "http://127.0.0.1:99999/x";

  private final RunningServer server;
  private final Api api;
  private final ApiFixtures fixtures;

  DeliveryIsolationIntegrationTests(TestDatabase database) {
    this.server = RunningServer.on(database);
    this.api = server.api();
    this.fixtures = new ApiFixtures(api);
  }

  @BeforeEach
  void setClock() {
    server.clock().set(NOW);
  }

  @Test
  void aPoisonRowAndASlowReceiverDelayNeitherAnotherCustomersHealthyReceiver() {
    String troubled = fixtures.customerWithContract("troubled");
    String healthy = fixtures.customerWithContract("healthy");
    // the API refuses the poison URL now; a row from before is written as it was
    assertInvalidField(
        api.post("/api/v1/webhooks")
            .token(ADMIN)
            .json("{\"url\": \"" + POISON_URL + "\", \"secret\": \"" + SECRET + "\"}")
            .send(),
        "url");
    String poison = insertSubscription(POISON_URL, troubled);
    try (WebhookReceiver slow = WebhookReceiver.slow(60);
        WebhookReceiver fine = WebhookReceiver.answering(request -> 204)) {
      String slowHook = subscribe(slow.urlAs(ApiFixtures.uniqueId("slow") + ".test"), troubled);
      String fineHook = subscribe(fine.urlAs(ApiFixtures.uniqueId("fine") + ".test"), healthy);
      String troubledTicket = fixtures.ticket(troubled, "P1", "servers", null);
      String healthyTicket = fixtures.ticket(healthy, "P1", "servers", null);

      // both L1 thresholds fall at 09:22:30: one scheduler batch records both, one claim takes all
      server.clock().set(NOW.plus(Duration.ofMinutes(23)));
      JsonNode due =
          Await.until(
              WITHIN,
              () -> webhook(healthyTicket, fineHook),
              n -> !n.isMissingNode(),
              "the healthy receiver's row");
      JsonNode delivered =
          Await.until(
              Duration.ofSeconds(1),
              () -> webhook(healthyTicket, fineHook),
              n -> n.path("state").asString().equals("delivered"),
              "the healthy delivery within a second of its row");
      assertThat(fine.count(due.path("id").asString())).isEqualTo(1);
      assertThat(delivered.path("attempts").asInt()).isEqualTo(1);

      // the poison row failed on its own row, with its reason
      JsonNode poisoned =
          Await.until(
              WITHIN,
              () -> webhook(troubledTicket, poison),
              n -> n.path("attempts").asInt() == 1 && n.path("reason").isString(),
              "the poison row's first attempt recorded");
      assertThat(poisoned.path("state").asString()).isEqualTo("pending");
      assertThat(poisoned.path("reason").asString()).isEqualTo("invalid address");
      assertThat(poisoned.path("last_error").asString()).contains("port 99999 is out of range");

      // the slow receiver holds its delivery until the deadline: a timeout, on its row alone
      Await.until(WITHIN, () -> slow.received().size(), n -> n == 1, "the slow delivery");
      JsonNode timedOut =
          Await.until(
              WITHIN,
              () -> webhook(troubledTicket, slowHook),
              n -> n.path("reason").asString().equals("timeout"),
              "the slow delivery's timeout");
      assertThat(timedOut.path("attempts").asInt()).isEqualTo(1);
      assertThat(fine.count(due.path("id").asString())).as("delivered once").isEqualTo(1);
      assertThat(webhook(healthyTicket, fineHook).path("attempts").asInt()).isEqualTo(1);

      // the poison row is retried on its schedule and dead after the 4th attempt
      for (int attempt = 2; attempt <= 4; attempt++) {
        server.clock().advance(Duration.ofSeconds(1L << (attempt - 2)));
        int expected = attempt;
        Await.until(
            WITHIN,
            () -> webhook(troubledTicket, poison).path("attempts").asInt(),
            n -> n == expected,
            "attempt " + expected + " of the poison row");
      }
      JsonNode dead =
          Await.until(
              WITHIN,
              () -> webhook(troubledTicket, poison),
              n -> n.path("state").asString().equals("dead"),
              "the poison row dead");
      assertThat(dead.path("attempts").asInt()).isEqualTo(4);
      assertThat(fine.count(due.path("id").asString())).isEqualTo(1);
      disable(slowHook);
      disable(fineHook);
      disable(poison);
    }
  }

  @Test
  void aReceiverThatAnswersGoneIsDisabledAndTheAdminToldInsteadOfRetried() {
    String customer = fixtures.customerWithContract("gone");
    try (WebhookReceiver gone = WebhookReceiver.answering(request -> 410)) {
      String hook = subscribe(gone.url(), customer);
      String ticket = fixtures.ticket(customer, "P1", "servers", NOW.minus(Duration.ofMinutes(23)));

      JsonNode dead =
          Await.until(
              WITHIN,
              () -> webhook(ticket, hook),
              n -> n.path("state").asString().equals("dead"),
              "the delivery ended by 410 Gone");
      assertThat(dead.path("attempts").asInt()).isEqualTo(1);
      assertThat(dead.path("reason").asString()).isEqualTo("status 410");
      JsonNode subscription =
          api.get("/api/v1/webhooks")
              .token(ADMIN)
              .send()
              .json()
              .valueStream()
              .filter(s -> s.path("id").asString().equals(hook))
              .findFirst()
              .orElseThrow();
      assertThat(subscription.path("disabled_at").asString()).isEqualTo(NOW.toString());
      assertThat(subscription.path("disabled_reason").asString()).isEqualTo("gone");
      assertThat(
              server
                  .jdbc()
                  .sql(
                      "SELECT actor, detail FROM audit_log"
                          + " WHERE action = 'webhook.disabled' AND entity_id = :id")
                  .param("id", hook)
                  .query((rs, n) -> rs.getString("actor") + ": " + rs.getString("detail"))
                  .list())
          .singleElement()
          .asString()
          .startsWith("system: ")
          .contains("answered 410 Gone");

      // the breach at 09:30 is told by e-mail; the gone receiver gets nothing more
      server.clock().set(NOW.plus(Duration.ofMinutes(8)));
      Await.until(
          WITHIN,
          () -> notifications(ticket).size(),
          n -> n >= 3,
          "the breach's e-mail (after the L1 e-mail and webhook)");
      assertThat(notifications(ticket).valueStream())
          .filteredOn(n -> n.path("channel").asString().equals("webhook"))
          .hasSize(1);
      assertThat(gone.received()).hasSize(1);
    }
  }

  @Test
  void aPluggedInChannelIsToldAndAnExceptionOfAnyKindIsItsDeliverysAlone() {
    // TestChannel is a third channel, one bean the outbox and the dispatcher know nothing about
    String plugged = fixtures.customerWithContract(TestChannel.PREFIX + "ok");
    String broken = fixtures.customerWithContract(TestChannel.BROKEN);
    String pluggedTicket =
        fixtures.ticket(plugged, "P1", "servers", NOW.minus(Duration.ofMinutes(23)));
    String brokenTicket =
        fixtures.ticket(broken, "P1", "servers", NOW.minus(Duration.ofMinutes(23)));

    JsonNode told =
        Await.until(
            WITHIN,
            () -> channel(pluggedTicket, TestChannel.NAME),
            n -> n.path("state").asString().equals("delivered"),
            "the plugged-in channel's delivery");
    assertThat(TestChannel.delivered()).contains(told.path("id").asString());
    assertThat(told.path("subject").asString()).contains("first response at 75%");
    JsonNode failed =
        Await.until(
            WITHIN,
            () -> channel(brokenTicket, TestChannel.NAME),
            n -> n.path("attempts").asInt() == 1 && n.path("reason").isString(),
            "the broken channel's attempt recorded");
    assertThat(failed.path("state").asString()).isEqualTo("pending");
    assertThat(failed.path("reason").asString()).isEqualTo("internal error");
    assertThat(failed.path("last_error").asString())
        .contains("IllegalStateException: the template cannot render");
    // the same ticket's e-mail went as usual
    Await.until(
        WITHIN,
        () -> channel(brokenTicket, "email").path("state").asString(),
        "delivered"::equals,
        "the broken customer's e-mail");

    // a row of a channel no bean implements any more ends at once
    String escalation =
        api.get("/api/v1/escalations?ticket_id=" + pluggedTicket)
            .token(ADMIN)
            .send()
            .json()
            .path("items")
            .get(0)
            .path("id")
            .asString();
    String orphan = insertNotification(escalation, plugged, pluggedTicket, "teams", 0, NOW, null);
    JsonNode dead =
        Await.until(
            WITHIN,
            () -> byId(pluggedTicket, orphan),
            n -> n.path("state").asString().equals("dead"),
            "the unknown channel's delivery");
    assertThat(dead.path("attempts").asInt()).isEqualTo(1);
    assertThat(dead.path("reason").asString()).isEqualTo("unknown channel");
  }

  @Test
  void aDeliveryLeftByANodeThatDiedIsAttemptedAgainOnceItsLeaseEnds() throws InterruptedException {
    String customer = fixtures.customerWithContract(TestChannel.PREFIX + "lease");
    String ticket = fixtures.ticket(customer, "P1", "servers", NOW.minus(Duration.ofMinutes(23)));
    String escalation = escalationOf(ticket);
    // two rows claimed by a node that died: one at its 1st attempt, one at its last (4th)
    Instant leaseEnd = NOW.plus(Duration.ofMinutes(5));
    String first = insertLeased(escalation, customer, ticket, 1, leaseEnd);
    String last = insertLeased(escalation, customer, ticket, 4, leaseEnd);

    // while the lease runs, nobody takes them (a few polls pass)
    Thread.sleep(1_000);
    assertThat(byId(ticket, first).path("attempts").asInt()).isEqualTo(1);
    assertThat(byId(ticket, first).path("state").asString()).isEqualTo("pending");

    server.clock().set(leaseEnd);
    JsonNode delivered =
        Await.until(
            WITHIN,
            () -> byId(ticket, first),
            n -> n.path("state").asString().equals("delivered"),
            "the row left by the dead node delivered");
    assertThat(delivered.path("attempts").asInt()).isEqualTo(2);
    assertThat(delivered.path("delivered_by_node").asString()).isNotEqualTo("dead-node");
    JsonNode interrupted =
        Await.until(
            WITHIN,
            () -> byId(ticket, last),
            n -> n.path("state").asString().equals("dead"),
            "the interrupted last attempt");
    assertThat(interrupted.path("reason").asString()).isEqualTo("interrupted");
    assertThat(interrupted.path("attempts").asInt()).isEqualTo(4);
    assertThat(TestChannel.delivered()).contains(first).doesNotContain(last);
  }

  private String escalationOf(String ticket) {
    return api.get("/api/v1/escalations?ticket_id=" + ticket)
        .token(ADMIN)
        .send()
        .json()
        .path("items")
        .get(0)
        .path("id")
        .asString();
  }

  /** A row as a node leaves it when it dies during the attempt it claimed. */
  private String insertLeased(
      String escalation, String customer, String ticket, int attempts, Instant leaseEnd) {
    return insertNotification(
        escalation, customer, ticket, TestChannel.NAME, attempts, leaseEnd, "dead-node");
  }

  /** A row written directly: an unknown channel, or a state no API call leaves. */
  private String insertNotification(
      String escalation,
      String customer,
      String ticket,
      String channel,
      int attempts,
      Instant nextAttemptAt,
      String node) {
    String id = UUID.randomUUID().toString();
    server
        .jdbc()
        .sql(
            "INSERT INTO notification (id, escalation_id, customer_id, ticket_id, channel,"
                + " recipient, subject, payload, state, attempts, next_attempt_at, created_at,"
                + " delivered_by_node) VALUES (:id, :escalation, :customer, :ticket, :channel,"
                + " 'ops-room', 'inserted', '{}', 'pending', :attempts, :next, :at, :node)")
        .param("id", id)
        .param("escalation", escalation)
        .param("customer", customer)
        .param("ticket", ticket)
        .param("channel", channel)
        .param("attempts", attempts)
        .param("next", Timestamp.from(nextAttemptAt))
        .param("at", Timestamp.from(NOW))
        .param("node", node)
        .update();
    return id;
  }

  private JsonNode byId(String ticket, String id) {
    return notifications(ticket)
        .valueStream()
        .filter(n -> n.path("id").asString().equals(id))
        .findFirst()
        .orElse(MissingNode.getInstance());
  }

  private JsonNode channel(String ticket, String channel) {
    return notifications(ticket)
        .valueStream()
        .filter(n -> n.path("channel").asString().equals(channel))
        .findFirst()
        .orElse(MissingNode.getInstance());
  }

  private String subscribe(String url, String customer) {
    Api.Response created =
        api.post("/api/v1/webhooks")
            .token(ADMIN)
            .json(
                "{\"url\": \""
                    + url
                    + "\", \"secret\": \""
                    + SECRET
                    + "\", \"customer_id\": \""
                    + customer
                    + "\"}")
            .send();
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    return created.json().path("id").asString();
  }

  /** A subscription stored as an older version let it be, past today's checks. */
  private String insertSubscription(String url, String customer) {
    String id = UUID.randomUUID().toString();
    server
        .jdbc()
        .sql(
            "INSERT INTO webhook_subscription (id, url, secret, customer_id, created_at, created_by)"
                + " VALUES (:id, :url, :secret, :customer, :at, 'test')")
        .param("id", id)
        .param("url", url)
        .param("secret", SECRET)
        .param("customer", customer)
        .param("at", Timestamp.from(NOW))
        .update();
    return id;
  }

  private void disable(String subscription) {
    assertThat(api.delete("/api/v1/webhooks/" + subscription).token(ADMIN).send().status())
        .isEqualTo(200);
  }

  private JsonNode notifications(String ticket) {
    return api.get("/api/v1/notifications?ticket_id=" + ticket)
        .token(ADMIN)
        .send()
        .json()
        .path("items");
  }

  private JsonNode webhook(String ticket, String subscription) {
    return notifications(ticket)
        .valueStream()
        .filter(n -> n.path("channel").asString().equals("webhook"))
        .filter(n -> n.path("recipient").asString().equals(subscription))
        .findFirst()
        .orElse(MissingNode.getInstance());
  }
}
