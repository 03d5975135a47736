package org.accordo.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.accordo.app.security.FailedAuthentications.Subject;
import org.accordo.app.support.AllDatabases;
import org.accordo.app.support.SettableClock;
import org.accordo.app.support.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Failed authentications are counted in the database, so two nodes share one limit per subject;
 * only the current window counts, and old windows are forgotten.
 */
class FailedAuthenticationsIntegrationTests {

  private static final Instant WINDOW_START = Instant.parse("2026-03-02T09:00:00Z");
  private static final SecuritySettings LIMIT_5_PER_MINUTE =
      new SecuritySettings(Duration.ofSeconds(2), "", 5, Duration.ofMinutes(1));
  private static final Subject ADDRESS = Subject.address("203.0.113.7");

  /** One node's service on the shared database, reading the shared clock. */
  private static FailedAuthentications node(JdbcClient jdbc, SettableClock clock) {
    return new FailedAuthentications(
        new FailedAuthenticationRepository(jdbc), clock, LIMIT_5_PER_MINUTE);
  }

  @AllDatabases
  void twoNodesShareTheLimitOfAnAddress(TestDatabase database) {
    JdbcClient jdbc = JdbcClient.create(database.create().dataSource());
    SettableClock clock = new SettableClock(WINDOW_START.plusSeconds(20));
    FailedAuthentications first = node(jdbc, clock);
    FailedAuthentications second = node(jdbc, clock);

    for (int i = 0; i < 3; i++) {
      first.failed(ADDRESS);
    }
    second.failed(ADDRESS);
    assertThat(first.refusedFor(ADDRESS)).as("after 4 failures").isEmpty();
    second.failed(ADDRESS);

    assertThat(first.refusedFor(ADDRESS)).contains(Duration.ofSeconds(40));
    assertThat(second.refusedFor(ADDRESS)).contains(Duration.ofSeconds(40));
    assertThat(first.refusedFor(Subject.address("203.0.113.8"))).isEmpty();
  }

  @AllDatabases
  void aNewWindowStartsAfreshAndForgetsTheWindowsBeforeThePrevious(TestDatabase database) {
    JdbcClient jdbc = JdbcClient.create(database.create().dataSource());
    SettableClock clock = new SettableClock(WINDOW_START.plusSeconds(59));
    FailedAuthentications node = node(jdbc, clock);
    for (int i = 0; i < 5; i++) {
      node.failed(ADDRESS);
    }
    assertThat(node.refusedFor(ADDRESS)).contains(Duration.ofSeconds(1));

    clock.set(WINDOW_START.plusSeconds(60));
    assertThat(node.refusedFor(ADDRESS)).isEmpty();
    clock.set(WINDOW_START.plusSeconds(150));
    node.failed(Subject.address("198.51.100.1"));

    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM failed_authentication WHERE subject = 'address:203.0.113.7'")
                .query(Long.class)
                .single())
        .as("the rows of 09:00, before the previous window (09:01) began")
        .isZero();
    assertThat(node.refusedFor(ADDRESS)).isEmpty();
  }
}
