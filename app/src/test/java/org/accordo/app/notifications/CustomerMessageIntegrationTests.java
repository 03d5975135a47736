package org.accordo.app.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accordo.app.inbound.WebhookSignature;
import org.accordo.app.support.Api;
import org.accordo.app.support.ApiFixtures;
import org.accordo.app.support.Await;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Messages that are not escalations (a maintenance announced, a statement closed), on each
 * database: written into the outbox in the caller's transaction, delivered as a signed webhook to
 * the customer's subscriptions and as an e-mail to the addresses they name, retried like any other
 * delivery; an attachment no module knows fails the e-mail's attempt, which is tried again.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class CustomerMessageIntegrationTests {

  static final String ADMIN = RunningServer.ADMIN_TOKEN;
  static final String SECRET = "whsec-messages-0123456789abcdefghijklmnop";

  private final RunningServer server;
  private final Api api;
  private final ApiFixtures fixtures;
  private String customer;

  CustomerMessageIntegrationTests(TestDatabase database) {
    this.server = RunningServer.on(database);
    this.api = server.api();
    this.fixtures = new ApiFixtures(api);
  }

  @BeforeEach
  void customer() {
    server.clock().set(RunningServer.START);
    customer = fixtures.customer("messages");
  }

  private int send(CustomerMessage message) {
    Integer written =
        server
            .bean(TransactionTemplate.class)
            .execute(status -> server.bean(CustomerMessages.class).send(message));
    return written == null ? 0 : written;
  }

  private CustomerMessage message(String to, Optional<String> attachment) {
    return new CustomerMessage(
        customer,
        "statement.closed",
        "[Accordo] Statement for March 2026 " + customer,
        Map.of("month", "2026-03", "version", 1),
        List.of(to),
        attachment,
        CustomerMessage.everyone());
  }

  @Test
  void aMessageReachesTheCustomersWebhookSignedAndItsAddressesByEmail() {
    try (WebhookReceiver receiver = WebhookReceiver.answering(request -> 204)) {
      api.post("/api/v1/webhooks")
          .token(ADMIN)
          .json(
              "{\"url\": \""
                  + receiver.url()
                  + "\", \"secret\": \""
                  + SECRET
                  + "\", \"customer_id\": \""
                  + customer
                  + "\"}")
          .send();

      int written = send(message("billing@" + customer + ".example", Optional.empty()));

      assertThat(written).isEqualTo(2);
      WebhookReceiver.Received hook =
          Await.until(
                  Duration.ofSeconds(20),
                  receiver::received,
                  received -> !received.isEmpty(),
                  "the message's webhook")
              .get(0);
      JsonNode body = JsonMapper.builder().build().readTree(hook.body());
      assertThat(body.path("type").asString()).isEqualTo("statement.closed");
      assertThat(body.path("customer_id").asString()).isEqualTo(customer);
      assertThat(body.path("month").asString()).isEqualTo("2026-03");
      assertThat(body.path("delivery_id").asString()).isEqualTo(hook.deliveryId());
      String t = hook.signature().split(",")[0].substring(2);
      assertThat(hook.signature())
          .endsWith("v1=" + WebhookSignature.sign(SECRET, Long.parseLong(t), hook.body()));
      MimeMessage mail =
          Await.until(
                  Duration.ofSeconds(20),
                  () -> mailTo("billing@" + customer + ".example"),
                  found -> !found.isEmpty(),
                  "the message's e-mail")
              .get(0);
      assertThat(subject(mail)).isEqualTo("[Accordo] Statement for March 2026 " + customer);
    }
  }

  @Test
  void anAttachmentNoModuleKnowsFailsTheEmailsAttemptWhichIsTriedAgain() {
    send(message("nobody@" + customer + ".example", Optional.of("nothing:here")));

    JsonNode failed =
        Await.until(
            Duration.ofSeconds(20),
            () ->
                api.get("/api/v1/notifications?customer_id=" + customer)
                    .token(ADMIN)
                    .send()
                    .json()
                    .path("items")
                    .get(0),
            n -> n.path("attempts").asInt() >= 1 && !n.path("reason").isNull(),
            "the e-mail's failed attempt");

    assertThat(failed.path("state").asString()).isEqualTo("pending");
    assertThat(failed.path("reason").asString()).isEqualTo("internal error");
    assertThat(failed.path("last_error").asString()).isEqualTo("no document nothing:here");
    assertThat(mailTo("nobody@" + customer + ".example")).isEmpty();
  }

  private List<MimeMessage> mailTo(String address) {
    return Arrays.stream(server.mail().getReceivedMessages())
        .filter(
            m -> {
              try {
                return Arrays.stream(m.getAllRecipients())
                    .anyMatch(a -> a.toString().equals(address));
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  private static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
