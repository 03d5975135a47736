package org.accordo.app.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.accordo.app.AccordoServer;
import org.accordo.app.support.Api;
import org.accordo.app.support.ApiFixtures;
import org.accordo.app.support.Await;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.SettableClock;
import org.accordo.app.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Exactly once across nodes (issue 7): two Accordo servers on one PostgreSQL database, each with
 * its own scheduler and outbox dispatcher, and 1,000 clocks whose L1 threshold falls in the same
 * minute. Each escalation must be recorded once and each notification delivered once, counted by
 * the receivers by idempotency id ({@code X-Accordo-Delivery}).
 *
 * <p>PostgreSQL only: several nodes need PostgreSQL (H2 serves one node, see docs/server.md), and
 * the claims that share the work ({@code FOR UPDATE SKIP LOCKED}) are PostgreSQL's.
 *
 * <p>The two servers share one settable clock (the app's {@code Clock} bean replaced by a
 * {@code @Primary} one, as in {@link RunningServer}). Each sends its e-mails to its own SMTP
 * server, so the test sees which node delivered which e-mail by itself, and checks it against the
 * node the app recorded ({@code accordo.node-id} {@code node-0}, {@code node-1}); the webhook
 * receiver is shared and checks every signature.
 */
class ExactlyOnceIntegrationTests {

  static final String ADMIN = RunningServer.ADMIN_TOKEN;
  static final String SECRET = "whsec-exactly-once-0123456789abcdefghij";

  /** A Monday morning: every ticket is opened at this instant. */
  static final Instant OPENED = Instant.parse("2026-03-02T09:00:00Z");

  static final int TICKETS = 1_000;

  static final SettableClock CLOCK = new SettableClock(OPENED);
  static final List<Node> NODES = new ArrayList<>();
  static HttpServer receiver;
  static ExecutorService receiverThreads;

  /** Deliveries received, by X-Accordo-Delivery id. */
  static final Map<String, AtomicInteger> RECEIVED = new ConcurrentHashMap<>();

  static final Set<String> BAD_SIGNATURES = ConcurrentHashMap.newKeySet();

  /** One application context on the shared database, and the SMTP server it sends to. */
  record Node(ConfigurableApplicationContext context, GreenMail mail, Api api) {

    JdbcClient jdbc() {
      return JdbcClient.create(context.getBean(DataSource.class));
    }
  }

  @BeforeAll
  static void startTwoNodesOnOneDatabase() throws IOException {
    TestDatabase.Connected database = TestDatabase.POSTGRESQL.create();
    for (int i = 0; i < 2; i++) {
      NODES.add(startNode(database, "node-" + i));
    }
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiverThreads = Executors.newFixedThreadPool(4);
    receiver.setExecutor(receiverThreads);
    receiver.createContext(
        "/hook",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          String id = exchange.getRequestHeaders().getFirst("X-Accordo-Delivery");
          if (!signatureValid(exchange.getRequestHeaders().getFirst("X-Accordo-Signature"), body)) {
            BAD_SIGNATURES.add(id);
          }
          RECEIVED.computeIfAbsent(id, key -> new AtomicInteger()).incrementAndGet();
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    receiver.start();
  }

  private static Node startNode(TestDatabase.Connected database, String nodeId) {
    GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    mail.start();
    Map<String, Object> properties = new HashMap<>(database.springProperties());
    properties.put("ACCORDO_ADMIN_TOKEN", ADMIN);
    properties.put("accordo.node-id", nodeId);
    properties.put("spring.mail.host", "127.0.0.1");
    properties.put("spring.mail.port", mail.getSmtp().getPort());
    properties.put("accordo.clocks.poll-interval", "200ms");
    properties.put("accordo.notifications.poll-interval", "200ms");
    properties.put("accordo.notifications.backoff", "1s");
    properties.put("accordo.egress.allow", "127.0.0.1/32");
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(AccordoServer.class)
            .properties(properties)
            .initializers(
                ctx ->
                    ((GenericApplicationContext) ctx)
                        .registerBean(
                            "testClock",
                            Clock.class,
                            () -> CLOCK,
                            definition -> definition.setPrimary(true)))
            .run("--server.port=0");
    return new Node(
        context,
        mail,
        Api.at("http://localhost:" + context.getEnvironment().getProperty("local.server.port")));
  }

  @AfterAll
  static void stopNodes() {
    if (receiver != null) {
      receiver.stop(0);
      receiverThreads.shutdownNow();
    }
    for (Node node : NODES) {
      node.context().close();
      node.mail().stop();
    }
  }

  @Test
  void thousandClocksDueInOneMinuteAreEscalatedOnceAndNotifiedOnceAcrossTwoNodes()
      throws Exception {
    Api api = NODES.get(0).api();
    ApiFixtures fixtures = new ApiFixtures(api);
    String customer = fixtures.customer("exactly-once");
    fixtures.uploadContract(customer, "exactly-once-contract", "{ from: 2026-01-01 }");
    Api.Response subscribed =
        api.post("/api/v1/webhooks")
            .token(ADMIN)
            .json(
                "{\"url\": \"http://127.0.0.1:"
                    + receiver.getAddress().getPort()
                    + "/hook\", \"secret\": \""
                    + SECRET
                    + "\", \"customer_id\": \""
                    + customer
                    + "\"}")
            .send();
    assertThat(subscribed.status()).as("%s", subscribed).isEqualTo(201);
    createP1Tickets(customer);
    JdbcClient jdbc = NODES.get(0).jdbc();
    assertThat(count(jdbc, "SELECT COUNT(*) FROM escalation WHERE customer_id = ?", customer))
        .isZero();

    // P1 first response: 30 min on 24x7, L1 at 75%: every clock crosses L1 at 09:22:30, within one
    // minute;
    // L2 (the breach, at 09:30) and the resolution's L1 (at 12:00) are still ahead at 09:23
    CLOCK.set(OPENED.plus(Duration.ofMinutes(23)));

    int expectedNotifications =
        2 * TICKETS; // one e-mail to L1's address and one webhook per escalation
    Await.until(
        Duration.ofSeconds(60),
        () ->
            count(
                jdbc,
                "SELECT COUNT(*) FROM notification WHERE customer_id = ? AND state = 'delivered'",
                customer),
        delivered -> delivered == expectedNotifications,
        "every notification delivered");

    // each escalation recorded once: one L1 of first_response per ticket, and nothing else
    List<String> recorded =
        jdbc.sql(
                """
            SELECT ticket_id || '/' || metric || '/' || cycle || '/' || kind || '/' || level
            FROM escalation WHERE customer_id = ?""")
            .param(customer)
            .query(String.class)
            .list();
    assertThat(recorded)
        .hasSize(TICKETS)
        .doesNotHaveDuplicates()
        .allSatisfy(key -> assertThat(key).endsWith("/first_response/1/escalation/L1"));
    assertThat(
            count(
                jdbc,
                "SELECT COUNT(DISTINCT ticket_id) FROM escalation WHERE customer_id = ?",
                customer))
        .isEqualTo(TICKETS);
    assertThat(
            count(
                jdbc,
                "SELECT COUNT(*) FROM notification WHERE customer_id = ? AND attempts <> 1",
                customer))
        .as("notifications delivered at other than the first attempt")
        .isZero();

    // webhooks: one subscriber, so as many delivery ids as escalations, each received once, signed
    Set<String> webhookIds =
        Set.copyOf(
            jdbc.sql("SELECT id FROM notification WHERE customer_id = ? AND channel = 'webhook'")
                .param(customer)
                .query(String.class)
                .list());
    assertThat(webhookIds).hasSize(TICKETS);
    assertThat(RECEIVED.keySet()).isEqualTo(webhookIds);
    assertThat(RECEIVED.values())
        .allSatisfy(times -> assertThat(times.get()).as("deliveries of one id").isEqualTo(1));
    assertThat(BAD_SIGNATURES).isEmpty();

    // e-mails: each node sent part of them, and together each e-mail id once
    Set<String> emailIds =
        Set.copyOf(
            jdbc.sql("SELECT id FROM notification WHERE customer_id = ? AND channel = 'email'")
                .param(customer)
                .query(String.class)
                .list());
    List<String> mailed = new ArrayList<>();
    for (Node node : NODES) {
      List<String> byNode = deliveryIds(node.mail());
      assertThat(byNode).as("e-mails sent by one node").isNotEmpty();
      mailed.addAll(byNode);
    }
    assertThat(mailed).hasSize(TICKETS).doesNotHaveDuplicates();
    assertThat(new HashSet<>(mailed)).isEqualTo(emailIds);

    // the app's record of who did the work: both nodes' schedulers recorded escalations, and each
    // e-mail is
    // recorded as delivered by the node whose SMTP server received it
    assertThat(
            jdbc.sql("SELECT DISTINCT recorded_by_node FROM escalation WHERE customer_id = ?")
                .param(customer)
                .query(String.class)
                .list())
        .containsExactlyInAnyOrder("node-0", "node-1");
    for (int i = 0; i < NODES.size(); i++) {
      Set<String> recordedAsSentBy =
          Set.copyOf(
              jdbc.sql(
                      "SELECT id FROM notification WHERE customer_id = ? AND channel = 'email' AND delivered_by_node = ?")
                  .param(customer)
                  .param("node-" + i)
                  .query(String.class)
                  .list());
      assertThat(recordedAsSentBy)
          .as("e-mails recorded as sent by node-%d", i)
          .isEqualTo(Set.copyOf(deliveryIds(NODES.get(i).mail())));
    }
  }

  /** Creates the tickets through both nodes, four clients each. */
  private static void createP1Tickets(String customer) throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> statuses = new ArrayList<>();
      for (int i = 0; i < TICKETS; i++) {
        Api api = NODES.get(i % 2).api();
        String body =
            "{\"customer_id\": \""
                + customer
                + "\", \"subject\": \"Server down "
                + i
                + "\", \"priority\": \"P1\", \"service\": \"servers\", \"opened_at\": \""
                + OPENED
                + "\"}";
        statuses.add(
            clients.submit(
                () -> api.post("/api/v1/tickets").token(ADMIN).json(body).send().status()));
      }
      for (Future<Integer> status : statuses) {
        assertThat(status.get()).isEqualTo(201);
      }
    } finally {
      clients.shutdownNow();
    }
  }

  private static long count(JdbcClient jdbc, String sql, String customer) {
    return jdbc.sql(sql).param(customer).query(Long.class).single();
  }

  private static List<String> deliveryIds(GreenMail mail) throws MessagingException {
    List<String> ids = new ArrayList<>();
    for (MimeMessage message : mail.getReceivedMessages()) {
      ids.add(message.getHeader("X-Accordo-Delivery")[0]);
    }
    return ids;
  }

  /**
   * Recomputes {@code v1} of {@code t=...,v1=...} from {@code t} and the body with the
   * subscription's secret.
   */
  private static boolean signatureValid(String signature, byte[] body) {
    if (signature == null) {
      return false;
    }
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
}
