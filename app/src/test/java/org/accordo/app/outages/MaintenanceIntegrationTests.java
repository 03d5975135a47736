package org.accordo.app.outages;

import static org.accordo.app.support.ProblemAssertions.assertInvalidField;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
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
 * Maintenance windows announced ahead, on each database: recorded as announced maintenance
 * announced now, judged against the contract's notice (the reference contract asks 5 days before a
 * window of the {@code servers} availability SLA), and told to the customer's contact by e-mail and
 * to its webhooks through the outbox.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class MaintenanceIntegrationTests {

  static final String ADMIN = RunningServer.ADMIN_TOKEN;

  /** A Monday; the window is the next Sunday's 02:00-04:00 in Rome. */
  static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

  static final String SUNDAY_WINDOW =
      "{\"service\": \"servers\", \"from\": \"2026-03-08T02:00:00+01:00\","
          + " \"to\": \"2026-03-08T04:00:00+01:00\", \"note\": \"firmware of the switches\"}";

  private final RunningServer server;
  private final Api api;
  private final ApiFixtures fixtures;
  private String customer;

  MaintenanceIntegrationTests(TestDatabase database) {
    this.server = RunningServer.on(database);
    this.api = server.api();
    this.fixtures = new ApiFixtures(api);
  }

  @BeforeEach
  void customerWithContract() {
    server.clock().set(MONDAY);
    customer = fixtures.customerWithContract("maintenance");
  }

  private Api.Response announce(String body) {
    return api.post("/api/v1/customers/" + customer + "/maintenance")
        .token(fixtures.agentToken())
        .json(body)
        .send();
  }

  @Test
  void maintenanceAnnouncedWithTheNoticeIsRecordedAndToldToTheCustomersContact() {
    Api.Response announced = announce(SUNDAY_WINDOW);

    assertThat(announced.status()).as("%s", announced).isEqualTo(201);
    JsonNode body = announced.json();
    assertThat(body.path("announced_in_time").asBoolean()).isTrue();
    assertThat(body.path("notice_seconds").asLong()).isEqualTo(Duration.ofDays(5).toSeconds());
    JsonNode outage = body.path("outage");
    assertThat(outage.path("cause").asString()).isEqualTo("announced_maintenance");
    assertThat(outage.path("kind").asString()).isEqualTo("maintenance");
    assertThat(outage.path("announced_at").asString()).isEqualTo("2026-03-02T09:00:00Z");
    assertThat(outage.path("from").asString()).isEqualTo("2026-03-08T01:00:00Z");
    MimeMessage mail =
        Await.until(
                Duration.ofSeconds(20),
                () -> mailAbout(outage.path("id").asString()),
                found -> !found.isEmpty(),
                "the announcement's e-mail")
            .get(0);
    assertThat(recipients(mail)).containsExactly("marco@bianchi.example");
    assertThat(subject(mail))
        .isEqualTo(
            "[Accordo] Maintenance of servers announced: 2026-03-08 02:00 to 2026-03-08 04:00"
                + " Europe/Rome");
  }

  @Test
  void maintenanceAnnouncedLaterThanTheNoticeIsRecordedAsNotInTime() {
    server.clock().set(Instant.parse("2026-03-06T09:00:00Z"));

    Api.Response announced = announce(SUNDAY_WINDOW);

    assertThat(announced.status()).as("%s", announced).isEqualTo(201);
    assertThat(announced.json().path("announced_in_time").asBoolean()).isFalse();
    assertThat(announced.json().path("outage").path("announced_at").asString())
        .isEqualTo("2026-03-06T09:00:00Z");
  }

  @Test
  void theAnnouncementGoesToTheCustomersWebhooksThroughTheOutbox() {
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

    String outage = announce(SUNDAY_WINDOW).json().path("outage").path("id").asString();

    JsonNode notifications =
        api.get("/api/v1/notifications?customer_id=" + customer).token(ADMIN).send().json();
    List<JsonNode> webhooks =
        notifications
            .path("items")
            .valueStream()
            .filter(n -> n.path("channel").asString().equals("webhook"))
            .toList();
    assertThat(webhooks).hasSize(1);
    JsonNode payload = webhooks.get(0).path("payload");
    assertThat(payload.path("type").asString()).isEqualTo("maintenance.announced");
    assertThat(payload.path("customer_id").asString()).isEqualTo(customer);
    assertThat(payload.path("outage_id").asString()).isEqualTo(outage);
    assertThat(payload.path("announced_in_time").asBoolean()).isTrue();
    assertThat(payload.path("delivery_id").asString())
        .isEqualTo(webhooks.get(0).path("id").asString());
    assertThat(webhooks.get(0).path("escalation_id").isNull()).isTrue();
  }

  @Test
  void aWindowThatEndsBeforeItStartsIsRefused() {
    Api.Response refused =
        announce(
            "{\"service\": \"servers\", \"from\": \"2026-03-08T04:00:00+01:00\","
                + " \"to\": \"2026-03-08T02:00:00+01:00\"}");

    assertInvalidField(refused, "to");
  }

  private List<MimeMessage> mailAbout(String outageId) {
    return Arrays.stream(server.mail().getReceivedMessages())
        .filter(m -> body(m).contains(outageId))
        .toList();
  }

  private static String body(MimeMessage message) {
    try {
      return String.valueOf(message.getContent());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> recipients(MimeMessage message) {
    try {
      return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
          .map(Object::toString)
          .toList();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
