package org.accordo.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.accordo.app.support.ApiFixtures;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Failed authentications counted in the database, on both databases: a subject is refused once it
 * has failed its limit within the window, again allowed when the window ends or it succeeded, and
 * failures counted at the same time are all counted.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class FailedAttemptsIntegrationTests {

  private static final FailedAttempts.Limit THREE_IN_TEN_MINUTES =
      new FailedAttempts.Limit(3, Duration.ofMinutes(10));

  private final RunningServer server;
  private final FailedAttempts attempts;

  FailedAttemptsIntegrationTests(TestDatabase database) {
    this.server = RunningServer.on(database);
    this.attempts = server.bean(FailedAttempts.class);
  }

  @Test
  void refusesASubjectThatFailedItsLimitUntilTheWindowEnds() {
    server.clock().set(RunningServer.START);
    String subject = ApiFixtures.uniqueId("attempts-window");
    attempts.failed(subject, THREE_IN_TEN_MINUTES);
    server.clock().advance(Duration.ofMinutes(4));
    attempts.failed(subject, THREE_IN_TEN_MINUTES);
    assertThat(attempts.refused(subject, THREE_IN_TEN_MINUTES)).isFalse();

    attempts.failed(subject, THREE_IN_TEN_MINUTES);

    assertThat(attempts.refused(subject, THREE_IN_TEN_MINUTES)).isTrue();
    server.clock().advance(Duration.ofMinutes(5)); // 9 minutes after the first failure
    assertThat(attempts.refused(subject, THREE_IN_TEN_MINUTES)).isTrue();
    server.clock().advance(Duration.ofMinutes(1)); // the window has ended
    assertThat(attempts.refused(subject, THREE_IN_TEN_MINUTES)).isFalse();
    attempts.failed(subject, THREE_IN_TEN_MINUTES); // the first of a new window
    assertThat(attempts.refused(subject, THREE_IN_TEN_MINUTES)).isFalse();
  }

  @Test
  void forgetsTheFailuresOfASubjectThatSucceeded() {
    server.clock().set(RunningServer.START);
    String subject = ApiFixtures.uniqueId("attempts-success");
    for (int i = 0; i < 3; i++) {
      attempts.failed(subject, THREE_IN_TEN_MINUTES);
    }

    attempts.succeeded(subject);

    assertThat(attempts.refused(subject, THREE_IN_TEN_MINUTES)).isFalse();
  }

  @Test
  void countsEveryFailureOfFailuresAtTheSameTime() throws Exception {
    server.clock().set(RunningServer.START);
    String subject = ApiFixtures.uniqueId("attempts-concurrent");
    FailedAttempts.Limit twenty = new FailedAttempts.Limit(20, Duration.ofMinutes(10));
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        done.add(threads.submit(() -> attempts.failed(subject, twenty)));
      }
      for (Future<?> failure : done) {
        failure.get();
      }
    } finally {
      threads.shutdown();
    }

    assertThat(attempts.refused(subject, twenty)).isTrue();
    assertThat(attempts.refused(subject, new FailedAttempts.Limit(21, Duration.ofMinutes(10))))
        .isFalse();
  }
}
