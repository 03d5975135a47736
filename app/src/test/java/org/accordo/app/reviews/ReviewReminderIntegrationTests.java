package org.accordo.app.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.accordo.app.support.Api;
import org.accordo.app.support.ApiFixtures;
import org.accordo.app.support.Await;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Review reminders on each database, on a server of their own (its reminders are planned and sent
 * only when a test runs them): the reference contract's review is due 2026-07-01 (owner {@code
 * account-manager}, so the provider's contact giulia.rossi@rossi-it.example is told, with the
 * customer's marco@bianchi.example), 30 and 7 days ahead at midnight in Rome.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class ReviewReminderIntegrationTests {

  static final String ADMIN = RunningServer.ADMIN_TOKEN;
  static final Duration WITHIN = Duration.ofSeconds(15);

  private final RunningServer server;
  private final Api api;
  private final ApiFixtures fixtures;

  ReviewReminderIntegrationTests(TestDatabase database) {
    this.server = RunningServer.named("reviews", database, Map.of());
    this.api = server.api();
    this.fixtures = new ApiFixtures(api);
  }

  @Test
  void eachReminderIsSentOnceWhenTwoSchedulersRunAtOnce() throws Exception {
    server.clock().set(Instant.parse("2026-05-01T08:00:00Z"));
    String customer = customer("Once");
    ReviewReminders reminders = server.bean(ReviewReminders.class);

    twoNodes(reminders);
    assertThat(reminderRows(customer)).isEqualTo(2);
    assertThat(audited(customer)).isZero();

    // 1 June 00:00 in Rome is 31 May 22:00Z: the 30-day reminder is due a minute later, not before
    server.clock().set(Instant.parse("2026-05-31T21:59:00Z"));
    twoNodes(reminders);
    assertThat(audited(customer)).isZero();
    server.clock().set(Instant.parse("2026-05-31T22:01:00Z"));
    twoNodes(reminders);
    twoNodes(reminders);
    List<MimeMessage> first =
        Await.until(WITHIN, () -> mailTo(customer), m -> m.size() == 2, "two e-mails");
    assertThat(recipients(first))
        .containsExactlyInAnyOrder("giulia.rossi@rossi-it.example", "marco@bianchi.example");
    assertThat(first.get(0).getSubject())
        .isEqualTo("[Accordo] SLA review of Once " + customer + " due on 2026-07-01 (in 30 days)");
    assertThat(audited(customer)).isEqualTo(1);

    server.clock().set(Instant.parse("2026-06-24T07:00:00Z"));
    twoNodes(reminders);
    Await.until(WITHIN, () -> mailTo(customer), m -> m.size() == 4, "the 7-day reminders");
    twoNodes(reminders);
    Thread.sleep(600);
    assertThat(mailTo(customer)).hasSize(4);
    assertThat(audited(customer)).isEqualTo(2);
    assertThat(sentBy(customer)).containsExactlyInAnyOrder(30, 7);
  }

  @Test
  void aLaterDateAgreedAtAReviewDrivesTheRemindersAndOnlyTheNearestDueOneIsSent() {
    server.clock().set(Instant.parse("2026-06-28T08:00:00Z"));
    String customer = customer("Later");
    ReviewReminders reminders = server.bean(ReviewReminders.class);
    Api.Response recorded =
        api.post("/api/v1/customers/" + customer + "/reviews")
            .token(ADMIN)
            .json(
                "{\"held_on\": \"2026-06-28\", \"outcome\": \"kept\", \"attendees\": [\"Giulia\"],"
                    + " \"next_review\": \"2026-07-03\"}")
            .send();
    assertThat(recorded.status()).as("%s", recorded).isEqualTo(201);

    // 5 days ahead: both reminders of 3 July are due, only the nearer one is sent
    twoNodes(reminders);
    twoNodes(reminders);
    List<MimeMessage> sent =
        Await.until(WITHIN, () -> mailTo(customer), m -> m.size() == 2, "the 7-day reminders");
    assertThat(subject(sent.get(0))).endsWith("due on 2026-07-03 (in 5 days)");
    assertThat(sentBy(customer)).containsExactly(7);
    assertThat(audited(customer)).isEqualTo(1);
    assertThat(reminderRows(customer)).isEqualTo(2);
    // nothing was ever planned or sent for the contract's own date, 1 July, once later agreed
    assertThat(
            server
                .jdbc()
                .sql(
                    "SELECT COUNT(*) FROM review_reminder WHERE customer_id = ? AND review_date = ?")
                .param(customer)
                .param(java.time.LocalDate.parse("2026-07-01"))
                .query(Long.class)
                .single())
        .isZero();
  }

  /** A customer named {@code prefix} and its id, with the reference contract from 2026-01-01. */
  private String customer(String prefix) {
    String id = ApiFixtures.uniqueId(prefix.toLowerCase(java.util.Locale.ROOT));
    Api.Response created =
        api.post("/api/v1/customers")
            .token(ADMIN)
            .json(
                "{\"id\": \""
                    + id
                    + "\", \"name\": \""
                    + prefix
                    + " "
                    + id
                    + "\", \"time_zone\": \"Europe/Rome\"}")
            .send();
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    fixtures.uploadContract(id, id + "-contract", "{ from: 2026-01-01 }");
    return id;
  }

  /** Plans and sends as two nodes would at the same moment. */
  private static void twoNodes(ReviewReminders reminders) {
    List<CompletableFuture<Integer>> nodes = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      nodes.add(
          CompletableFuture.supplyAsync(
              () -> {
                reminders.plan();
                return reminders.runBatch();
              }));
    }
    nodes.forEach(CompletableFuture::join);
  }

  private long reminderRows(String customer) {
    return server
        .jdbc()
        .sql("SELECT COUNT(*) FROM review_reminder WHERE customer_id = ?")
        .param(customer)
        .query(Long.class)
        .single();
  }

  private List<Integer> sentBy(String customer) {
    return server
        .jdbc()
        .sql("SELECT lead_days FROM review_reminder WHERE customer_id = ? AND state = 'sent'")
        .param(customer)
        .query(Integer.class)
        .list();
  }

  private int audited(String customer) {
    return api.get("/api/v1/audit?customer_id=" + customer + "&action=review.reminded&size=100")
        .token(ADMIN)
        .send()
        .json()
        .path("total")
        .asInt();
  }

  private List<MimeMessage> mailTo(String customer) {
    return Arrays.stream(server.mail().getReceivedMessages())
        .filter(m -> subject(m).contains(" " + customer + " "))
        .toList();
  }

  private static List<String> recipients(List<MimeMessage> messages) {
    return messages.stream()
        .flatMap(
            m -> {
              try {
                return Arrays.stream(m.getAllRecipients()).map(Object::toString);
              } catch (MessagingException e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
