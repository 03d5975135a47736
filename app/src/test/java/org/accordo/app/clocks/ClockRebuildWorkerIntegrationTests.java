package org.accordo.app.clocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.accordo.app.audit.AuditLog;
import org.accordo.app.support.Api;
import org.accordo.app.support.ApiFixtures;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A clock rebuild is durable and shared, on each database: the server under test runs no worker
 * ({@link RunningServer#idle}), as a node that stopped right after the upload; the test then plays
 * two workers of two nodes on that database. Its tickets are P4 service-desk tickets (office
 * hours), whose clocks come due only hours after the instants {@code MetricsIntegrationTests} reads
 * the same server's metrics at. Version 2 gives the P4 first response 16 h instead of 8 h.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class ClockRebuildWorkerIntegrationTests {

  static final String ADMIN = RunningServer.ADMIN_TOKEN;

  /** A Monday, 10:00 in Rome. */
  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  private final TestDatabase database;
  private final RunningServer server;
  private final Api api;
  private final ApiFixtures fixtures;

  ClockRebuildWorkerIntegrationTests(TestDatabase database) {
    this.database = database;
    this.server = RunningServer.idle(database);
    this.api = server.api();
    this.fixtures = new ApiFixtures(api);
  }

  @Test
  void aRebuildNobodyRanIsDoneByTheNextWorkerAndATicketInOneWorkersHandsIsSkippedByAnother()
      throws Exception {
    server.clock().set(NOW);
    String customer = fixtures.customer("resumed-rebuild");
    fixtures.uploadContract(customer, "resumed-v1", "{ from: 2026-01-01 }");
    List<String> tickets =
        List.of(createP4Ticket(customer), createP4Ticket(customer), createP4Ticket(customer));
    Api.Response uploaded =
        api.post("/api/v1/customers/" + customer + "/contracts")
            .token(ADMIN)
            .body(
                "application/yaml",
                ApiFixtures.contract("resumed-v2", "{ from: 2026-01-01 }")
                    .replace(
                        "        P4: { target: 8h, calendar: office }\n",
                        "        P4: { target: 16h, calendar: office }\n"))
            .send();
    assertThat(uploaded.json().path("tickets_to_rebuild").asInt()).isEqualTo(3);
    // no worker ran: the rebuild is recorded and waits
    assertThat(progress(customer).path("rebuilt").asInt()).isZero();
    assertThat(tickets).allSatisfy(ticket -> assertThat(version(ticket)).isEqualTo(1));

    ClockRebuildRepository repository = server.bean(ClockRebuildRepository.class);
    TransactionTemplate transaction = server.bean(TransactionTemplate.class);
    ClockRebuildWorker worker =
        new ClockRebuildWorker(
            repository,
            server.bean(RebuildCandidates.class),
            server.bean(TicketClocks.class),
            server.bean(AuditLog.class),
            transaction,
            server.bean(Clock.class),
            new ClockSettings(true, Duration.ofSeconds(1)));
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    // one node claims a ticket and dies before committing: its transaction holds the row, then
    // rolls back
    CompletableFuture<Optional<ClockRebuildRepository.Item>> dying =
        CompletableFuture.supplyAsync(
            () ->
                transaction.execute(
                    status -> {
                      Optional<ClockRebuildRepository.Item> item = repository.claim(NOW);
                      held.countDown();
                      await(release);
                      status.setRollbackOnly();
                      return item;
                    }));
    assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();

    boolean rebuiltOne = worker.rebuildOne();

    if (database == TestDatabase.POSTGRESQL) {
      // the other node's worker got another ticket at once. (H2 2.4 locks every row the claim reads
      // before it
      // limits them, so there the second claim finds none: H2 serves one node.)
      assertThat(rebuiltOne).isTrue();
      assertThat(progress(customer).path("rebuilt").asInt()).isEqualTo(1);
    }
    release.countDown();
    String inOtherHands = dying.get(10, TimeUnit.SECONDS).orElseThrow().ticketId();
    assertThat(version(inOtherHands)).as("the ticket the dead node held").isEqualTo(1);

    worker.poll();

    JsonNode progress = progress(customer);
    assertThat(progress.path("rebuilt").asInt()).isEqualTo(3);
    assertThat(progress.path("completed_at").asString()).isEqualTo(NOW.toString());
    assertThat(tickets)
        .allSatisfy(
            ticket -> {
              assertThat(version(ticket)).isEqualTo(2);
              assertThat(firstResponseTarget(ticket)).isEqualTo(16 * 3600);
            });
  }

  @Test
  void aTicketCreatedWhileTheUploadCommittedIsRebuiltBeforeTheRebuildCompletes() {
    server.clock().set(NOW);
    String customer = fixtures.customer("raced-rebuild");
    fixtures.uploadContract(customer, "raced-v1", "{ from: 2026-01-01 }");
    String listed = createP4Ticket(customer);
    Api.Response uploaded =
        api.post("/api/v1/customers/" + customer + "/contracts")
            .token(ADMIN)
            .body(
                "application/yaml",
                ApiFixtures.contract("raced-v2", "{ from: 2026-01-01 }")
                    .replace(
                        "        P4: { target: 8h, calendar: office }\n",
                        "        P4: { target: 16h, calendar: office }\n"))
            .send();
    assertThat(uploaded.json().path("tickets_to_rebuild").asInt()).isEqualTo(1);
    // a ticket whose transaction chose version 1 before the upload committed, and committed after
    // the upload had
    // listed the tickets: played by a ticket created now with its choice set back to version 1
    String raced = createP4Ticket(customer);
    server
        .jdbc()
        .sql("UPDATE ticket_sla SET contract_version = 1 WHERE ticket_id = :ticket")
        .param("ticket", raced)
        .update();
    ClockRebuildWorker worker =
        new ClockRebuildWorker(
            server.bean(ClockRebuildRepository.class),
            server.bean(RebuildCandidates.class),
            server.bean(TicketClocks.class),
            server.bean(AuditLog.class),
            server.bean(TransactionTemplate.class),
            server.bean(Clock.class),
            new ClockSettings(true, Duration.ofSeconds(1)));

    worker.poll();

    JsonNode progress = progress(customer);
    assertThat(progress.path("tickets").asInt()).isEqualTo(2);
    assertThat(progress.path("rebuilt").asInt()).isEqualTo(2);
    assertThat(progress.path("completed_at").isNull()).isFalse();
    assertThat(List.of(listed, raced))
        .allSatisfy(
            ticket -> {
              assertThat(version(ticket)).isEqualTo(2);
              assertThat(firstResponseTarget(ticket)).isEqualTo(16 * 3600);
            });
  }

  private String createP4Ticket(String customer) {
    return fixtures.ticket(customer, "P4", "service-desk", NOW);
  }

  private JsonNode detail(String ticket) {
    return api.get("/api/v1/tickets/" + ticket).token(ADMIN).send().json();
  }

  private int version(String ticket) {
    return detail(ticket).path("sla").path("contract_version").asInt();
  }

  private long firstResponseTarget(String ticket) {
    return detail(ticket)
        .path("clocks")
        .valueStream()
        .filter(c -> c.path("metric").asString().equals("first_response"))
        .findFirst()
        .orElseThrow()
        .path("target_seconds")
        .asLong();
  }

  private JsonNode progress(String customer) {
    return api.get("/api/v1/customers/" + customer + "/contracts/2/clock-rebuild")
        .token(ADMIN)
        .send()
        .json();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
