package org.accordo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.accordo.app.support.Api;
import org.accordo.app.support.ApiFixtures;
import org.accordo.app.support.Await;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.ServerProcess;
import org.accordo.app.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Restart (issue 7): the real server, {@code accordo serve} in its own JVM on PostgreSQL, killed
 * with SIGKILL ({@link Process#destroyForcibly()}) during a burst of event posts, then started
 * again on the same database. Every event that got a {@code 2xx} must be stored, and an escalation
 * whose instant passed while no server ran must be recorded after the restart.
 *
 * <p>PostgreSQL only: H2 is a file one process opens, and the restart is the production store's
 * story. The server process uses the real clock, so the escalating ticket, created during the burst
 * just before the kill, is opened in the past (22 min 27 s ago): its P1 first response L1 threshold
 * (75% of 30 min on 24x7) comes due 3 s after it is created: after the kill (checked), and the test
 * waits for it to pass before starting the second server.
 */
class RestartIntegrationTests {

  static final String ADMIN = RunningServer.ADMIN_TOKEN;
  static final Duration L1_AFTER = Duration.ofSeconds(1350); // 75% of 30 min

  /** How far ahead of the escalating ticket's creation its L1 threshold is. */
  static final Duration L1_AHEAD = Duration.ofSeconds(3);

  static final int BURST_TICKETS = 8;
  static final int CLIENTS = 4;

  private final List<ServerProcess> servers = new ArrayList<>();

  @AfterEach
  void stopServers() {
    servers.forEach(ServerProcess::kill);
  }

  @Test
  void afterAKillDuringABurstEveryAcceptedEventIsStoredAndTheMissedEscalationFires()
      throws Exception {
    TestDatabase.Connected database = TestDatabase.POSTGRESQL.create();
    JdbcClient jdbc = JdbcClient.create(database.dataSource());
    ServerProcess first = serve(database, "first");
    Api api = first.api();
    ApiFixtures fixtures = new ApiFixtures(api);
    String customer = fixtures.customer("restart");
    fixtures.uploadContract(customer, "restart-contract", "{ from: 2020-01-01 }");
    List<String> tickets = new ArrayList<>();
    for (int i = 0; i < BURST_TICKETS; i++) {
      tickets.add(createP1Ticket(api, customer, Instant.now().truncatedTo(ChronoUnit.SECONDS)));
    }
    // the burst: CLIENTS threads post internal notes round the tickets until the server dies
    Map<String, Set<String>> accepted = new ConcurrentHashMap<>();
    AtomicInteger refused = new AtomicInteger();
    AtomicBoolean connectionLost = new AtomicBoolean();
    List<Thread> clients = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      int client = c;
      Thread thread =
          new Thread(
              () -> {
                for (int n = client; !connectionLost.get(); n += CLIENTS) {
                  String ticket = tickets.get(n % tickets.size());
                  try {
                    Api.Response response =
                        api.post("/api/v1/tickets/" + ticket + "/events")
                            .token(ADMIN)
                            .json("{\"type\": \"agent_replied\", \"public\": false}")
                            .send();
                    if (response.status() / 100 == 2) {
                      accepted
                          .computeIfAbsent(ticket, t -> ConcurrentHashMap.newKeySet())
                          .add(response.json().path("id").asString());
                    } else {
                      refused.incrementAndGet();
                    }
                  } catch (UncheckedIOException lost) {
                    connectionLost.set(true);
                  }
                }
              },
              "burst-" + client);
      thread.start();
      clients.add(thread);
    }
    Await.until(
        Duration.ofSeconds(20),
        () -> accepted.values().stream().mapToInt(Set::size).sum(),
        n -> n >= 100,
        "a burst of accepted events before the kill");
    Instant opened = Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(L1_AFTER).plus(L1_AHEAD);
    String escalating = createP1Ticket(api, customer, opened);
    Instant l1 = opened.plus(L1_AFTER);
    first.kill();
    Instant killed = Instant.now();
    for (Thread client : clients) {
      client.join(40_000);
    }
    assertThat(connectionLost).as("the kill cut the burst").isTrue();
    assertThat(refused).as("events refused during the burst").hasValue(0);
    assertThat(killed)
        .as("the kill came before the L1 threshold (else the test proves nothing)")
        .isBefore(l1);
    assertThat(escalationsOf(jdbc, escalating)).as("escalations before the restart").isEmpty();

    // a JVM can start in less than L1_AHEAD on a quiet machine: let the threshold pass while no
    // server runs
    Thread.sleep(Math.max(0, Duration.between(Instant.now(), l1).toMillis() + 500));

    ServerProcess second = serve(database, "second");
    Api restarted = second.api();

    for (String ticket : tickets) {
      Set<String> stored =
          restarted
              .get("/api/v1/tickets/" + ticket + "/events")
              .token(ADMIN)
              .send()
              .json()
              .valueStream()
              .map(event -> event.path("id").asString())
              .collect(Collectors.toSet());
      assertThat(stored)
          .as("events of %s", ticket)
          .containsAll(accepted.getOrDefault(ticket, Set.of()));
    }
    List<Map<String, Object>> fired =
        Await.until(
            Duration.ofSeconds(20),
            () -> escalationsOf(jdbc, escalating),
            rows -> !rows.isEmpty(),
            "the missed L1 escalation after the restart");
    assertThat(fired).hasSize(1);
    assertThat(fired.get(0)).containsEntry("level", "L1").containsEntry("metric", "first_response");
    assertThat(instant(fired.get(0).get("occurred_at"))).isEqualTo(l1);
    assertThat(instant(fired.get(0).get("recorded_at"))).isAfter(killed);
  }

  // --- the server process

  /** Starts {@code accordo serve} on {@code database} in a new JVM and waits until it answers. */
  private ServerProcess serve(TestDatabase.Connected database, String name) {
    ServerProcess server = ServerProcess.start(database, name, Map.of());
    servers.add(server);
    return server;
  }

  // --- tickets and escalations

  private static String createP1Ticket(Api api, String customer, Instant opened) {
    return new ApiFixtures(api).ticket(customer, "P1", "servers", opened);
  }

  private static List<Map<String, Object>> escalationsOf(JdbcClient jdbc, String ticket) {
    return jdbc.sql(
            "SELECT metric, kind, level, occurred_at, recorded_at FROM escalation WHERE ticket_id = ?")
        .param(ticket)
        .query()
        .listOfRows();
  }

  private static Instant instant(Object timestamp) {
    if (timestamp instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (timestamp instanceof Timestamp local) {
      return local.toInstant();
    }
    throw new IllegalStateException("not a timestamp: " + timestamp);
  }
}
