package org.accordo.app.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.accordo.app.support.AllDatabases;
import org.accordo.app.support.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes claiming due checks from one database at the same time: each check is claimed by
 * exactly one of them ({@code FOR UPDATE SKIP LOCKED}, the claim and its lease in one transaction),
 * and a leased check is not due again before its next interval.
 */
class MonitorClaimIntegrationTests {

  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  static final int MONITORS = 300;

  @AllDatabases
  void twoNodesClaimEachDueCheckOnce(TestDatabase database) throws Exception {
    TestDatabase.Connected db = database.create();
    JdbcClient jdbc = JdbcClient.create(db.dataSource());
    jdbc.sql("INSERT INTO customer (id, name, time_zone, created_at) VALUES ('c', 'C', 'UTC', :at)")
        .param("at", org.accordo.app.jdbc.Timestamps.of(NOW))
        .update();
    MonitorRepository monitors = new MonitorRepository(jdbc);
    MonitorRunRepository runs = new MonitorRunRepository(jdbc);
    for (int i = 0; i < MONITORS; i++) {
      Monitor monitor =
          new Monitor(
              "m-" + i,
              "c",
              "servers",
              "m" + i,
              new Probe.Http(
                  URI.create("https://www.example.com/"),
                  CheckMethod.GET,
                  List.of(200),
                  Optional.empty(),
                  KeywordRule.PRESENT),
              new Cadence(Duration.ofSeconds(60), Duration.ofSeconds(10), 2, 1),
              true,
              NOW,
              NOW);
      monitors.insert(monitor);
      runs.insert(
          monitor.id(),
          "c",
          true,
          MonitorRunRepository.CustomerServed.SERVED,
          NOW.minusSeconds(i % 50));
    }
    TransactionTemplate transactions =
        new TransactionTemplate(new DataSourceTransactionManager(db.dataSource()));
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    List<Future<List<String>>> claimed = new ArrayList<>();
    for (int node = 0; node < 2; node++) {
      claimed.add(nodes.submit(() -> claimAll(transactions, runs, start)));
    }
    start.countDown();
    List<String> first = claimed.get(0).get();
    List<String> second = claimed.get(1).get();
    nodes.shutdown();

    Set<String> all = new HashSet<>(first);
    all.addAll(second);
    assertThat(first.size() + second.size()).isEqualTo(MONITORS);
    assertThat(all).hasSize(MONITORS);
    assertThat(Collections.disjoint(first, second)).isTrue();
    List<MonitorRunRepository.Claimed> dueAgain =
        transactions.execute(status -> runs.claimDue(NOW.plusSeconds(59), 10));
    assertThat(dueAgain).isEmpty();
  }

  /** Claims batches of 7 as a node does, each with its lease in one transaction, until none. */
  private static List<String> claimAll(
      TransactionTemplate transactions, MonitorRunRepository runs, CountDownLatch start)
      throws InterruptedException {
    start.await();
    List<String> mine = new ArrayList<>();
    while (true) {
      List<String> batch =
          transactions.execute(
              status -> {
                List<String> ids = new ArrayList<>();
                for (MonitorRunRepository.Claimed c : runs.claimDue(NOW, 7)) {
                  runs.lease(c.monitorId(), NOW.plusSeconds(60));
                  ids.add(c.monitorId());
                }
                return ids;
              });
      if (batch.isEmpty()) {
        return mine;
      }
      mine.addAll(batch);
    }
  }
}
