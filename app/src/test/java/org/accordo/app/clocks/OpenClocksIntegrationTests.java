package org.accordo.app.clocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.accordo.app.security.Caller;
import org.accordo.app.support.ApiFixtures;
import org.accordo.app.support.Await;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.accordo.core.policy.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One customer's counting clocks (the portal's home, the board filtered by a customer), on both
 * databases: only that customer's, soonest due first, filtered by priority and metric, page by
 * page; another customer's clocks never among them.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class OpenClocksIntegrationTests {

  private final RunningServer server;
  private final ApiFixtures fixtures;

  OpenClocksIntegrationTests(TestDatabase database) {
    this.server = RunningServer.on(database);
    this.fixtures = new ApiFixtures(server.api());
  }

  @Test
  void listsOneCustomersClocksSoonestDueFirst() {
    String customer = fixtures.customerWithContract("open-own");
    String other = fixtures.customerWithContract("open-other");
    Instant now = server.clock().instant();
    String p3 = fixtures.ticket(customer, "P3", null, now.minus(Duration.ofMinutes(5)));
    String p1 = fixtures.ticket(customer, "P1", null, now.minus(Duration.ofMinutes(1)));
    String theirs = fixtures.ticket(other, "P1", null, now.minus(Duration.ofMinutes(2)));
    OpenClocks clocks = server.bean(OpenClocks.class);

    List<OpenClock> own =
        Await.until(
            Duration.ofSeconds(30),
            () -> list(clocks, new OpenClocks.Filter(customer, null, null, null), 0, 10),
            l -> l.size() == 4,
            "the two tickets' four clocks");

    assertThat(own).extracting(OpenClock::customerId).containsOnly(customer);
    assertThat(own).extracting(OpenClock::ticketId).doesNotContain(theirs);
    assertThat(own).extracting(OpenClock::dueAt).isSorted();
    // a P1 first response (30 min) is due before anything of a P3
    assertThat(own.get(0).ticketId()).isEqualTo(p1);
    assertThat(own.get(0).metric()).isEqualTo(Metric.FIRST_RESPONSE);
    assertThat(list(clocks, new OpenClocks.Filter(customer, "P3", null, null), 0, 10))
        .extracting(OpenClock::ticketId)
        .containsOnly(p3);
    assertThat(list(clocks, new OpenClocks.Filter(customer, null, Metric.RESOLUTION, null), 0, 10))
        .extracting(OpenClock::metric)
        .containsExactly(Metric.RESOLUTION, Metric.RESOLUTION);
    assertThat(list(clocks, new OpenClocks.Filter(customer, null, null, null), 1, 2))
        .containsExactlyElementsOf(own.subList(1, 3));
  }

  private static List<OpenClock> list(
      OpenClocks clocks, OpenClocks.Filter filter, long offset, int limit) {
    return clocks.list(Caller.SYSTEM, filter, new OpenClocks.Slice(offset, limit));
  }
}
