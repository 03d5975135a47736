package org.accordo.app.clocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.accordo.app.support.Api;
import org.accordo.app.support.ApiFixtures;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two schedulers (two nodes) claiming due tickets at once never get the same ticket: the claim
 * skips the rows another transaction has locked, on each database.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class TicketClaimIntegrationTests {

  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  /** Later than every next check of the tests' tickets, so that every ticket is due. */
  static final Instant FAR = Instant.parse("2099-01-01T00:00:00Z");

  private final TestDatabase database;
  private final RunningServer server;
  private final Api api;
  private final ApiFixtures fixtures;

  TicketClaimIntegrationTests(TestDatabase database) {
    this.database = database;
    this.server = RunningServer.on(database);
    this.api = server.api();
    this.fixtures = new ApiFixtures(api);
  }

  @Test
  void aSecondClaimSkipsTheTicketsTheFirstHoldsWithoutWaiting() throws Exception {
    server.clock().set(NOW);
    String customer = fixtures.customer("claimed");
    fixtures.uploadContract(customer, "claimed-contract", "{ from: 2026-01-01 }");
    for (int i = 0; i < 3; i++) {
      assertThat(
              api.post("/api/v1/tickets")
                  .token(RunningServer.ADMIN_TOKEN)
                  .json(
                      "{\"customer_id\": \""
                          + customer
                          + "\", \"subject\": \"x\", \"priority\": \"P1\", \"service\": \"servers\"}")
                  .send()
                  .status())
          .isEqualTo(201);
    }
    TicketSlaRepository slas = server.bean(TicketSlaRepository.class);
    TransactionTemplate transaction =
        new TransactionTemplate(server.bean(PlatformTransactionManager.class));
    CountDownLatch firstHolds = new CountDownLatch(1);
    CountDownLatch secondDone = new CountDownLatch(1);

    CompletableFuture<List<String>> first =
        CompletableFuture.supplyAsync(
            () ->
                transaction.execute(
                    status -> {
                      List<String> claimed = slas.claimDue(FAR, 2);
                      firstHolds.countDown();
                      await(secondDone);
                      return claimed;
                    }));
    assertThat(firstHolds.await(10, TimeUnit.SECONDS)).isTrue();
    List<String> second = transaction.execute(status -> slas.claimDue(FAR, 100_000));
    secondDone.countDown();

    List<String> held = first.get(10, TimeUnit.SECONDS);
    assertThat(held).hasSize(2);
    // the second claim returned while the first still held its tickets, and got none of them
    assertThat(second).doesNotContainAnyElementsOf(held);
    if (database == TestDatabase.POSTGRESQL) {
      // every ticket with an SLA is due at FAR: on PostgreSQL the second node gets the others. (H2
      // 2.4
      // locks every row the claim reads before it limits them, so there a second claim finds none:
      // H2 serves one node.)
      assertThat(second).isNotEmpty();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
