package org.accordo.app.notifications;

import static org.accordo.app.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
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
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * Notifications of escalations delivered by e-mail (to GreenMail) and by signed webhook (to a local
 * HTTP server), with retries and a dead-letter state, on each database. The contract is the
 * reference one: P1 first response 30 min on 24x7, L1 at 75% (lead@rossi-it.example), L2 at 100%
 * (cto@rossi-it.example).
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class NotificationIntegrationTests {

  static final String ADMIN = RunningServer.ADMIN_TOKEN;
  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  static final Duration WITHIN = Duration.ofSeconds(10);
  static final String SECRET = "whsec-0123456789abcdefghijklmnopqrstuv";

  private final RunningServer server;
  private final Api api;
  private final ApiFixtures fixtures;
  private HttpServer receiver;

  NotificationIntegrationTests(TestDatabase database) {
    this.server = RunningServer.on(database);
    this.api = server.api();
    this.fixtures = new ApiFixtures(api);
  }

  @BeforeEach
  void setClock() {
    server.clock().set(NOW);
  }

  @AfterEach
  void stopReceiver() {
    if (receiver != null) {
      receiver.stop(0);
    }
  }

  @Test
  void theEscalationLevelsAddressReceivesTheEmail() throws MessagingException {
    String customer = customerWithContract("mailed");
    String ticket = createP1Ticket(customer);

    server.clock().set(NOW.plus(Duration.ofMinutes(23)));

    MimeMessage mail =
        Await.until(WITHIN, () -> mailAbout(ticket), found -> !found.isEmpty(), "the L1 e-mail")
            .get(0);
    assertThat(mail.getAllRecipients())
        .extracting(Object::toString)
        .containsExactly("lead@rossi-it.example");
    assertThat(mail.getSubject()).contains("L1").contains("first response").contains("75%");
    JsonNode notification =
        Await.until(
                WITHIN,
                () -> notifications(ticket),
                items ->
                    items.size() == 1 && items.get(0).path("state").asString().equals("delivered"),
                "the delivered e-mail")
            .get(0);
    assertThat(notification.path("channel").asString()).isEqualTo("email");
    assertThat(notification.path("attempts").asInt()).isEqualTo(1);
    assertThat(mail.getHeader("X-Accordo-Delivery"))
        .containsExactly(notification.path("id").asString());
  }

  @Test
  void anEmailToALevelWithQuietHoursWaitsUntilItsCalendarOpens() throws MessagingException {
    String customer = fixtures.customer("quiet");
    // L1 keeps office hours: Monday to Friday 09:00-13:00 and 14:00-18:00 in Rome
    String quiet =
        ApiFixtures.contract("quiet-contract", "{ from: 2026-01-01 }")
            .replace(
                "    L1: { who: Service desk lead, email: lead@rossi-it.example }\n",
                "    L1: { who: Service desk lead, email: lead@rossi-it.example, hours: office }\n");
    assertThat(
            api.post("/api/v1/customers/" + customer + "/contracts")
                .token(ADMIN)
                .body("application/yaml", quiet)
                .send()
                .status())
        .isEqualTo(201);
    // Sunday 1 March, 21:00 in Rome
    Instant sunday = Instant.parse("2026-03-01T20:00:00Z");
    server.clock().set(sunday);
    String ticket = createP1Ticket(customer);

    // L1 is crossed at 21:22:30 on Sunday: the e-mail waits for Monday 09:00 in Rome (08:00 UTC)
    server.clock().set(sunday.plus(Duration.ofMinutes(23)));
    JsonNode held =
        Await.until(
                WITHIN, () -> notifications(ticket), items -> items.size() == 1, "the held e-mail")
            .get(0);
    assertThat(held.path("state").asString()).isEqualTo("pending");
    assertThat(held.path("attempts").asInt()).isZero();
    assertThat(held.path("next_attempt_at").asString()).isEqualTo("2026-03-02T08:00:00Z");

    // (by Monday the clock has also breached: L2, told at any hour, gets its own e-mails then)
    server.clock().set(Instant.parse("2026-03-02T08:00:00Z"));
    Await.until(
        WITHIN,
        () -> mailAbout(ticket),
        found -> found.stream().anyMatch(NotificationIntegrationTests::toLead),
        "the L1 e-mail on Monday morning");
    // the row is marked delivered when the sending transaction commits, just after the SMTP server
    // has the mail
    JsonNode sent =
        Await.until(
            WITHIN,
            () ->
                notifications(ticket)
                    .valueStream()
                    .filter(n -> n.path("id").asString().equals(held.path("id").asString()))
                    .findFirst()
                    .orElseThrow(),
            n -> n.path("state").asString().equals("delivered"),
            "the L1 e-mail marked delivered");
    assertThat(sent.path("delivered_at").asString()).isEqualTo("2026-03-02T08:00:00Z");
  }

  @Test
  void aReceiverThatFailsTwiceGetsTheSameDeliveryIdUntilItAcceptsIt() {
    String customer = customerWithContract("hooked");
    List<Delivery> received = new CopyOnWriteArrayList<>();
    Set<String> accepted = ConcurrentHashMap.newKeySet();
    AtomicInteger failuresLeft = new AtomicInteger(2);
    String url =
        startReceiver(
            received,
            delivery -> {
              if (failuresLeft.getAndDecrement() > 0) {
                return 503;
              }
              accepted.add(delivery.id());
              return 204;
            });
    subscribe(url, customer);
    String ticket = createP1Ticket(customer);

    server.clock().set(NOW.plus(Duration.ofMinutes(23)));
    Await.until(WITHIN, () -> received.size(), n -> n == 1, "the first attempt");
    // the retries wait 1 s, then 2 s, on the server's clock
    server.clock().advance(Duration.ofSeconds(1));
    Await.until(WITHIN, () -> received.size(), n -> n == 2, "the second attempt");
    server.clock().advance(Duration.ofSeconds(2));
    Await.until(WITHIN, () -> received.size(), n -> n == 3, "the third attempt");

    JsonNode webhook =
        Await.until(
            WITHIN,
            () -> webhookNotification(ticket),
            n -> n.path("state").asString().equals("delivered"),
            "the delivered webhook");
    assertThat(webhook.path("attempts").asInt()).isEqualTo(3);
    assertThat(received).extracting(Delivery::id).containsOnly(webhook.path("id").asString());
    assertThat(received)
        .allSatisfy(d -> assertThat(d.signatureValid()).as("signature of %s", d).isTrue());
    assertThat(accepted).containsExactly(webhook.path("id").asString());
    JsonNode body = received.get(2).json();
    assertThat(body.path("delivery_id").asString()).isEqualTo(webhook.path("id").asString());
    assertThat(body.path("ticket_id").asString()).isEqualTo(ticket);
    assertThat(body.path("level").asString()).isEqualTo("L1");
  }

  @Test
  void aDeliveryFailingEveryAttemptEndsDeadAndIsListedSo() {
    String customer = customerWithContract("dead-letter");
    List<Delivery> received = new CopyOnWriteArrayList<>();
    subscribe(startReceiver(received, delivery -> 500), customer);
    String ticket = createP1Ticket(customer);

    server.clock().set(NOW.plus(Duration.ofMinutes(23)));
    // four attempts (the tests' max-attempts), after waits of 1, 2 and 4 s
    for (int attempt = 1; attempt <= 3; attempt++) {
      int seen = attempt;
      Await.until(WITHIN, () -> received.size(), n -> n == seen, "attempt " + seen);
      server.clock().advance(Duration.ofSeconds(1L << (attempt - 1)));
    }

    JsonNode dead =
        Await.until(
            WITHIN,
            () -> webhookNotification(ticket),
            n -> n.path("state").asString().equals("dead"),
            "the dead webhook");
    assertThat(received).hasSize(4);
    assertThat(dead.path("attempts").asInt()).isEqualTo(4);
    assertThat(dead.path("last_error").asString()).contains("HTTP 500");
    assertThat(dead.path("next_attempt_at").isNull()).isTrue();
    JsonNode listed =
        api.get("/api/v1/notifications?state=dead&customer_id=" + customer)
            .token(ADMIN)
            .send()
            .json();
    assertThat(listed.path("items").valueStream().map(n -> n.path("id").asString()))
        .containsExactly(dead.path("id").asString());
  }

  @Test
  void onlyAdminsManageWebhooksAndSecretsAreNeverShown() {
    String customer = fixtures.customer("webhook-admin");
    String agent = fixtures.agentToken();
    String body =
        "{\"url\": \"http://127.0.0.1:9/hook\", \"secret\": \""
            + SECRET
            + "\", \"customer_id\": \""
            + customer
            + "\"}";

    assertProblem(api.post("/api/v1/webhooks").token(agent).json(body).send(), 403);
    Api.Response created = api.post("/api/v1/webhooks").token(ADMIN).json(body).send();
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    assertThat(created.body()).doesNotContain(SECRET);
    assertThat(api.get("/api/v1/webhooks").token(ADMIN).send().body()).doesNotContain(SECRET);
    assertProblem(
        api.post("/api/v1/webhooks")
            .token(ADMIN)
            .json("{\"url\": \"ftp://example/x\", \"secret\": \"" + SECRET + "\"}")
            .send(),
        400);
    Api.Response disabled =
        api.delete("/api/v1/webhooks/" + created.json().path("id").asString()).token(ADMIN).send();
    assertThat(disabled.json().path("disabled_at").asString()).isEqualTo(NOW.toString());
  }

  @Test
  void notificationsNameTheTicketByItsPsaNumberAndSubject() throws Exception {
    String customer = customerWithContract("named");
    try (WebhookReceiver receiver = WebhookReceiver.answering(request -> 204)) {
      subscribe(receiver.url(), customer);
      String number = ApiFixtures.uniqueId("INC");
      Api.Response created =
          api.post("/api/v1/tickets")
              .token(ADMIN)
              .json(
                  "{\"customer_id\": \""
                      + customer
                      + "\", \"external_id\": \""
                      + number
                      + "\", \"subject\": \"VPN down in Verona\", \"priority\": \"P1\","
                      + " \"service\": \"servers\", \"opened_at\": \""
                      + NOW.minus(Duration.ofMinutes(23))
                      + "\"}")
              .send();
      assertThat(created.status()).as("%s", created).isEqualTo(201);
      String ticket = created.json().path("id").asString();

      MimeMessage mail =
          Await.until(WITHIN, () -> mailAbout(number), found -> !found.isEmpty(), "the e-mail")
              .get(0);
      assertThat(mail.getSubject())
          .isEqualTo(
              "[Accordo] L1: P1 ticket "
                  + number
                  + " \"VPN down in Verona\", first response at 75% of its target");
      assertThat(mail.getContent().toString())
          .contains("ticket_external_id: " + number)
          .contains("ticket_subject: VPN down in Verona")
          .contains("ticket_id: " + ticket);
      Await.until(WITHIN, receiver::received, found -> !found.isEmpty(), "the webhook");
      JsonNode body = JsonMapper.builder().build().readTree(receiver.received().get(0).body());
      assertThat(body.path("ticket_external_id").asString()).isEqualTo(number);
      assertThat(body.path("ticket_subject").asString()).isEqualTo("VPN down in Verona");
      assertThat(body.path("ticket_id").asString()).isEqualTo(ticket);
      assertThat(notifications(ticket).valueStream())
          .hasSize(2)
          .allSatisfy(
              n -> {
                assertThat(n.path("ticket_external_id").asString()).isEqualTo(number);
                assertThat(n.path("ticket_subject").asString()).isEqualTo("VPN down in Verona");
              });
    }
  }

  // --- helpers

  /** A webhook delivery as the receiver saw it. */
  record Delivery(String id, String signature, byte[] body) {

    JsonNode json() {
      return JsonMapper.builder().build().readTree(body);
    }

    /** Recomputes {@code v1} from {@code t} and the body with the subscription's secret. */
    boolean signatureValid() {
      String[] parts = signature.split(",");
      String t = parts[0].substring("t=".length());
      String v1 = parts[1].substring("v1=".length());
      try {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((t + ".").getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(mac.doFinal(body)).equals(v1);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public String toString() {
      return id + " " + signature + " " + Arrays.toString(body);
    }
  }

  private String startReceiver(List<Delivery> received, ToIntFunction<Delivery> answer) {
    try {
      receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    receiver.createContext(
        "/hook",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          Delivery delivery =
              new Delivery(
                  exchange.getRequestHeaders().getFirst("X-Accordo-Delivery"),
                  exchange.getRequestHeaders().getFirst("X-Accordo-Signature"),
                  body);
          received.add(delivery);
          exchange.sendResponseHeaders(answer.applyAsInt(delivery), -1);
          exchange.close();
        });
    receiver.start();
    return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
  }

  private void subscribe(String url, String customer) {
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
  }

  private String customerWithContract(String prefix) {
    return fixtures.customerWithContract(prefix);
  }

  private String createP1Ticket(String customer) {
    return fixtures.ticket(customer, "P1", "servers", null);
  }

  private JsonNode notifications(String ticket) {
    return api.get("/api/v1/notifications?ticket_id=" + ticket)
        .token(ADMIN)
        .send()
        .json()
        .path("items");
  }

  private JsonNode webhookNotification(String ticket) {
    return notifications(ticket)
        .valueStream()
        .filter(n -> n.path("channel").asString().equals("webhook"))
        .findFirst()
        .orElse(MissingNode.getInstance());
  }

  private static boolean toLead(MimeMessage mail) {
    try {
      return Arrays.stream(mail.getAllRecipients())
          .anyMatch(a -> a.toString().equals("lead@rossi-it.example"));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<MimeMessage> mailAbout(String ticket) {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage m : server.mail().getReceivedMessages()) {
      try {
        if (m.getSubject().contains(ticket)) {
          found.add(m);
        }
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return found;
  }
}
