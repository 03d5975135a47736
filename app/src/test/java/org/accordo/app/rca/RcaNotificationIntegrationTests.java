package org.accordo.app.rca;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.accordo.app.support.Api;
import org.accordo.app.support.ApiFixtures;
import org.accordo.app.support.Await;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An RCA's escalation, breach and delivery told through the outbox, on each database, as GreenMail
 * receives them: each escalation once to its level's address however many nodes poll at once, the
 * breach to the level of the highest threshold at or below 100%, the delivery to the customer's
 * contact with the RCA document as a PDF in the contract's language. The reference contract (in
 * Italian here) with an RCA due in 8 office hours: L1 lead@, L2 cto@, the contact marco@.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class RcaNotificationIntegrationTests {

  static final String ADMIN = RunningServer.ADMIN_TOKEN;
  static final Instant MONDAY_1300Z = Instant.parse("2026-03-02T13:00:00Z");
  static final String L1 = "lead@rossi-it.example";
  static final String L2 = "cto@rossi-it.example";
  static final String CONTACT = "marco@bianchi.example";

  private final RunningServer server;
  private final Api api;
  private final ApiFixtures fixtures;

  RcaNotificationIntegrationTests(TestDatabase database) {
    this.server = RunningServer.on(database);
    this.api = server.api();
    this.fixtures = new ApiFixtures(api);
  }

  @BeforeEach
  void setClock() {
    server.clock().set(MONDAY_1300Z);
  }

  @Test
  void escalationAndBreachAreToldOnceToTheirLevelsWhateverTheNodesPolling() throws Exception {
    String customer = italianCustomer("rcatold");
    resolvedP1(customer);
    String id = rcaOf(customer);

    // L1 at 75% of 8 office hours: Tuesday 12:00 in Rome; four nodes poll at once
    server.clock().set(Instant.parse("2026-03-03T11:30:00Z"));
    pollOnFourNodes();
    assertThat(awaitMail(L1, id, 1))
        .containsExactly(
            "[Accordo] Root cause analysis escalated (L1), due 2026-03-03 12:00 Europe/Rome");

    server.clock().set(Instant.parse("2026-03-03T14:30:00Z"));
    pollOnFourNodes();
    assertThat(awaitMail(L2, id, 2))
        .containsExactlyInAnyOrder(
            "[Accordo] Root cause analysis escalated (L2), due 2026-03-03 15:00 Europe/Rome",
            "[Accordo] Root cause analysis overdue since 2026-03-03 15:00 Europe/Rome");
    // the pollers that lost the race told nothing: still one e-mail each
    Thread.sleep(1_000);
    assertThat(mail(L1, id)).hasSize(1);
    assertThat(mail(L2, id)).hasSize(2);
  }

  @Test
  void aDeliveryEmailsTheContactTheDocumentInTheContractsLanguage() throws Exception {
    String customer = italianCustomer("rcadelivered");
    resolvedP1(customer);
    String id = rcaOf(customer);
    Api.Response written =
        api.put("/api/v1/rcas/" + id)
            .token(ADMIN)
            .json(
                "{\"summary\": \"Core switch failure\", \"root_cause\": \"a firmware bug\","
                    + " \"notes\": [{\"visibility\": \"internal\", \"text\": \"vendor 4711\"}]}")
            .send();
    assertThat(written.status()).as("%s", written).isEqualTo(200);
    Api.Response delivered = api.post("/api/v1/rcas/" + id + "/delivery").token(ADMIN).send();
    assertThat(delivered.status()).as("%s", delivered).isEqualTo(201);

    assertThat(awaitMail(CONTACT, id, 1))
        .containsExactly("[Accordo] Root cause analysis delivered: Core switch failure");
    MimeMessage message = messages(CONTACT, id).get(0);
    BodyPart pdf = attachment(message);
    assertThat(pdf.getFileName()).isEqualTo("rca-" + id + "-it.pdf");
    byte[] content = pdf.getInputStream().readAllBytes();
    try (PDDocument document = Loader.loadPDF(content)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("Analisi delle cause").contains("Core switch failure");
      assertThat(text).doesNotContain("vendor 4711");
    }
  }

  private void pollOnFourNodes() throws Exception {
    RcaScheduler scheduler = server.bean(RcaScheduler.class);
    List<CompletableFuture<Integer>> nodes = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      nodes.add(CompletableFuture.supplyAsync(scheduler::runBatch));
    }
    for (CompletableFuture<Integer> node : nodes) {
      node.get();
    }
  }

  private List<String> awaitMail(String address, String rcaId, int count) {
    Await.until(
        Duration.ofSeconds(30),
        () -> mail(address, rcaId),
        subjects -> subjects.size() >= count,
        count + " e-mail(s) to " + address + " of RCA " + rcaId);
    return mail(address, rcaId);
  }

  private List<String> mail(String address, String rcaId) {
    return messages(address, rcaId).stream().map(RcaNotificationIntegrationTests::subject).toList();
  }

  private List<MimeMessage> messages(String address, String rcaId) {
    return Arrays.stream(server.mail().getReceivedMessages())
        .filter(m -> to(m, address) && text(m).contains("rca_id: " + rcaId))
        .toList();
  }

  private static boolean to(MimeMessage m, String address) {
    try {
      return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
          .anyMatch(a -> a.toString().contains(address));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The plain text of the message, whether alone or the first part beside an attachment. */
  private static String text(MimeMessage m) {
    try {
      Object content = m.getContent();
      if (content instanceof Multipart parts) {
        StringBuilder text = new StringBuilder();
        collect(parts, text);
        return text.toString();
      }
      return content.toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void collect(Multipart parts, StringBuilder text) throws Exception {
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      if (part.getContent() instanceof Multipart inner) {
        collect(inner, text);
      } else if (part.isMimeType("text/plain")) {
        text.append(part.getContent());
      }
    }
  }

  private static BodyPart attachment(MimeMessage m) throws Exception {
    Multipart parts = (Multipart) m.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
        return part;
      }
    }
    throw new AssertionError("no attachment");
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A P1 ticket opened Monday 14:00 in Rome, answered at 14:10, resolved at 15:00. */
  private void resolvedP1(String customer) {
    String ticket = fixtures.ticket(customer, "P1", "servers", null);
    server.clock().set(MONDAY_1300Z.plus(Duration.ofMinutes(10)));
    event(ticket, "{\"type\": \"agent_replied\", \"public\": true}");
    server.clock().set(MONDAY_1300Z.plus(Duration.ofHours(1)));
    event(ticket, "{\"type\": \"status_changed\", \"status\": \"resolved\"}");
  }

  private String rcaOf(String customer) {
    return api.get("/api/v1/rcas?customer_id=" + customer)
        .token(ADMIN)
        .send()
        .json()
        .path("items")
        .get(0)
        .path("id")
        .asString();
  }

  private String italianCustomer(String prefix) {
    String id = fixtures.customer(prefix);
    String contract =
        ApiFixtures.contract(prefix + "-contract", "{ from: 2026-01-01 }")
            .replace(
                "within: { duration: 5d, calendar: office }",
                "within: { duration: 8h, calendar: office }")
            .replaceFirst("language: en", "language: it");
    Api.Response uploaded =
        api.post("/api/v1/customers/" + id + "/contracts")
            .token(ADMIN)
            .body("application/yaml", contract)
            .send();
    assertThat(uploaded.status()).as("%s", uploaded).isEqualTo(201);
    return id;
  }

  private void event(String ticket, String json) {
    Api.Response response =
        api.post("/api/v1/tickets/" + ticket + "/events").token(ADMIN).json(json).send();
    assertThat(response.status()).as("%s", response).isEqualTo(201);
  }
}
