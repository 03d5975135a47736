package org.accordo.app.operations;

import static org.accordo.app.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.accordo.app.support.Api;
import org.accordo.app.support.ApiFixtures;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The scheduler's lag and the outbox's backlog read over HTTP ({@code /actuator/metrics}, {@code
 * /actuator/prometheus}) with an admin token, on each database. The server under test has no
 * scheduler and no dispatcher ({@link RunningServer#idle}), on a database of its own, so what is
 * due stays due and what is pending stays pending, and the values are exact. The contract is the
 * reference one: P1 first response 30 min on 24x7, L1 at 75% (09:22:30 for a ticket opened at
 * 09:00) with an e-mail to the L1 address.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class MetricsIntegrationTests {

  static final String ADMIN = RunningServer.ADMIN_TOKEN;
  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  /** The metrics are cached for 5 s of the server's clock; each step moves it further. */
  static final Duration PAST_THE_CACHE = Duration.ofSeconds(5);

  private final RunningServer server;
  private final Api api;
  private final ApiFixtures fixtures;

  MetricsIntegrationTests(TestDatabase database) {
    this.server = RunningServer.idle(database);
    this.api = server.api();
    this.fixtures = new ApiFixtures(api);
  }

  @Test
  void theLagOfDueClocksAndTheOutboxBacklogAreReadWithAnAdminToken() {
    server.clock().set(NOW);
    // a fresh database: nothing is due, nothing waits
    assertThat(metric("accordo.clocks.lag")).isZero();
    assertThat(metric("accordo.clocks.due")).isZero();
    assertThat(metric("accordo.outbox.pending")).isZero();
    assertThat(metric("accordo.outbox.oldest.pending.age")).isZero();
    String customer = fixtures.customer("metered");
    fixtures.uploadContract(customer, "metered-contract", "{ from: 2026-01-01 }");
    createP1Ticket(customer);
    String replied = createP1Ticket(customer);

    // at 09:24 both tickets' L1 check (09:22:30) is due; an event computes one of them, which
    // records its L1 and
    // writes its e-mail; the other waits for a scheduler there is none of
    server.clock().set(NOW.plus(Duration.ofMinutes(24)));
    Api.Response event =
        api.post("/api/v1/tickets/" + replied + "/events")
            .token(ADMIN)
            .json("{\"type\": \"customer_replied\"}")
            .send();
    assertThat(event.status()).as("%s", event).isEqualTo(201);

    assertThat(metric("accordo.clocks.due")).isEqualTo(1);
    assertThat(metric("accordo.clocks.lag")).isEqualTo(90);
    assertThat(metric("accordo.outbox.pending")).isEqualTo(1);
    assertThat(metric("accordo.outbox.dead")).isZero();
    assertThat(metric("accordo.outbox.oldest.pending.age")).isZero();

    // a minute later: the check waited 150 s, the e-mail 60 s
    server.clock().advance(Duration.ofMinutes(1));
    assertThat(metric("accordo.clocks.lag")).isEqualTo(150);
    assertThat(metric("accordo.outbox.oldest.pending.age")).isEqualTo(60);
    assertThat(prometheus())
        .contains(
            "accordo_clocks_lag_seconds 150.0",
            "accordo_clocks_due 1.0",
            "accordo_outbox_pending 1.0",
            "accordo_outbox_oldest_pending_age_seconds 60.0");

    // the e-mail dead-lettered (as the dispatcher would after its last attempt): served from the
    // cache until it expires
    server
        .jdbc()
        .sql(
            "UPDATE notification SET state = 'dead', next_attempt_at = NULL WHERE ticket_id = :ticket")
        .param("ticket", replied)
        .update();
    assertThat(metric("accordo.outbox.dead")).isZero();
    server.clock().advance(PAST_THE_CACHE);
    assertThat(metric("accordo.outbox.dead")).isEqualTo(1);
    assertThat(metric("accordo.outbox.pending")).isZero();
    assertThat(metric("accordo.outbox.oldest.pending.age")).isZero();
  }

  @Test
  void onlyAdminTokensReadTheMetrics() {
    String customer = fixtures.customer("not-an-operator");

    for (String path :
        new String[] {"/actuator/metrics/accordo.clocks.lag", "/actuator/prometheus"}) {
      assertProblem(api.get(path).token(fixtures.customerToken(customer)).send(), 403);
      assertProblem(api.get(path).token(fixtures.agentToken()).send(), 403);
      assertProblem(api.get(path).send(), 401);
    }
    assertThat(api.get("/actuator/health").send().status()).isEqualTo(200);
  }

  private String createP1Ticket(String customer) {
    return fixtures.ticket(customer, "P1", "servers", NOW);
  }

  private double metric(String name) {
    Api.Response response = api.get("/actuator/metrics/" + name).token(ADMIN).send();
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    assertThat(response.json().path("measurements").get(0).path("statistic").asString())
        .isEqualTo("VALUE");
    return response.json().path("measurements").get(0).path("value").asDouble();
  }

  private String prometheus() {
    Api.Response response = api.get("/actuator/prometheus").token(ADMIN).send();
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    return response.body();
  }
}
