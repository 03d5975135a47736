package org.accordo.app.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * Kill -9 during a scheduled close: the real {@code accordo serve} in its own JVM on PostgreSQL
 * closes the same month of 200 customers (each a P1 resolution breach and a 2 h provider outage:
 * two credit lines), is killed with SIGKILL once some are closed and others not, and is started
 * again. After the restart every customer has exactly one final statement and each credit line
 * exists once.
 *
 * <p>The server uses the real clock: the month closed is the one two months before today, each
 * customer's contract in force in that month only, with {@code accordo.close.grace} 0 so it is due
 * at once, closing three months at a time ({@code accordo.close.threads}). The data is recorded
 * through a first server whose close is off.
 */
class ScheduledCloseRestartIntegrationTests {

  static final String ADMIN = RunningServer.ADMIN_TOKEN;
  static final int CUSTOMERS = 200;

  private final List<ServerProcess> servers = new ArrayList<>();

  @AfterEach
  void stopServers() {
    servers.forEach(ServerProcess::kill);
  }

  @Test
  void afterAKillDuringTheCloseOfTwoHundredCustomersEachHasOneStatementAndEachLineExistsOnce() {
    TestDatabase.Connected database = TestDatabase.POSTGRESQL.create();
    JdbcClient jdbc = JdbcClient.create(database.dataSource());
    YearMonth month = YearMonth.now(ZoneOffset.UTC).minusMonths(2);
    Instant middle = month.atDay(10).atTime(8, 0).toInstant(ZoneOffset.UTC);

    ServerProcess recording =
        serve(database, "recording", Map.of("ACCORDO_CLOSE_SCHEDULER", "off"));
    record(recording.api(), month, middle);
    recording.kill();
    assertThat(count(jdbc, "SELECT COUNT(*) FROM statement")).isZero();

    Map<String, String> closing =
        Map.of(
            "ACCORDO_CLOSE_GRACE",
            "0s",
            "ACCORDO_CLOSE_POLL_INTERVAL",
            "200ms",
            // three months closed at once when it is killed
            "ACCORDO_CLOSE_THREADS",
            "3");
    ServerProcess first = serve(database, "closing-first", closing);
    Await.until(
        Duration.ofSeconds(120),
        () -> count(jdbc, "SELECT COUNT(*) FROM statement"),
        n -> n >= 10,
        "some customers closed by the first server");
    first.kill();
    long closedBeforeTheKill = count(jdbc, "SELECT COUNT(*) FROM statement");
    assertThat(closedBeforeTheKill)
        .as("the kill came in the middle of the close (else the test proves nothing)")
        .isLessThan(CUSTOMERS);

    serve(database, "closing-second", closing);
    Await.until(
        Duration.ofSeconds(300),
        () -> count(jdbc, "SELECT COUNT(*) FROM statement_close WHERE state = 'closed'"),
        n -> n == CUSTOMERS,
        "every customer closed after the restart");

    assertThat(
            jdbc.sql(
                    "SELECT customer_id, COUNT(*) AS n FROM statement GROUP BY customer_id"
                        + " HAVING COUNT(*) <> 1")
                .query()
                .listOfRows())
        .as("customers without exactly one statement")
        .isEmpty();
    assertThat(count(jdbc, "SELECT COUNT(DISTINCT customer_id) FROM statement"))
        .isEqualTo(CUSTOMERS);
    assertThat(count(jdbc, "SELECT COUNT(*) FROM statement WHERE version = 1 AND status = 'final'"))
        .isEqualTo(CUSTOMERS);
    assertThat(count(jdbc, "SELECT COUNT(*) FROM credit_line")).isEqualTo(2L * CUSTOMERS);
    assertThat(
            jdbc.sql(
                    "SELECT customer_id, kind, COUNT(*) FROM credit_line"
                        + " GROUP BY customer_id, kind HAVING COUNT(*) <> 1")
                .query()
                .listOfRows())
        .as("credit lines written more than once")
        .isEmpty();
    assertThat(
            count(jdbc, "SELECT COUNT(*) FROM credit_line WHERE kind = 'breach' AND amount = 48"))
        .isEqualTo(CUSTOMERS);
  }

  /** 200 customers, each with its contract in force in {@code month}, a breach and an outage. */
  private static void record(Api api, YearMonth month, Instant middle) {
    ApiFixtures fixtures = new ApiFixtures(api);
    String effective = "{ from: " + month.atDay(1) + ", to: " + month.atEndOfMonth() + " }";
    for (int i = 0; i < CUSTOMERS; i++) {
      String customer = fixtures.customer("killed");
      fixtures.uploadContract(customer, "killed-contract", effective);
      String ticket = fixtures.ticket(customer, "P1", "servers", middle);
      post(
          api,
          "/api/v1/tickets/" + ticket + "/events",
          "{\"type\": \"agent_replied\", \"public\": true, \"at\": \""
              + middle.plus(Duration.ofMinutes(10))
              + "\"}");
      post(
          api,
          "/api/v1/tickets/" + ticket + "/events",
          "{\"type\": \"status_changed\", \"status\": \"resolved\", \"at\": \""
              + middle.plus(Duration.ofHours(5))
              + "\"}");
      post(
          api,
          "/api/v1/customers/" + customer + "/outages",
          "{\"service\": \"servers\", \"from\": \""
              + middle.plusSeconds(86_400)
              + "\", \"to\": \""
              + middle.plusSeconds(86_400 + 7_200)
              + "\", \"cause\": \"provider\"}");
    }
  }

  private static void post(Api api, String path, String json) {
    Api.Response answer = api.post(path).token(ADMIN).json(json).send();
    assertThat(answer.status()).as("%s", answer).isEqualTo(201);
  }

  private ServerProcess serve(
      TestDatabase.Connected database, String name, Map<String, String> environment) {
    ServerProcess server = ServerProcess.start(database, name, environment);
    servers.add(server);
    return server;
  }

  private static long count(JdbcClient jdbc, String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
