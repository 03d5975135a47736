package org.accordo.app.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.accordo.app.security.Caller;
import org.accordo.app.support.Api;
import org.accordo.app.support.ApiFixtures;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A customer's tickets resolved or closed in a period (the portal's "closed this month"), on both
 * databases: both statuses merged, the latest first, at most the number asked, open tickets and
 * another customer's never among them.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class ClosedTicketsIntegrationTests {

  private final RunningServer server;
  private final ApiFixtures fixtures;

  ClosedTicketsIntegrationTests(TestDatabase database) {
    this.server = RunningServer.on(database);
    this.fixtures = new ApiFixtures(server.api());
  }

  @Test
  void mergesResolvedAndClosedTicketsLatestFirst() {
    String customer = fixtures.customerWithContract("closed-own");
    String other = fixtures.customerWithContract("closed-other");
    Instant from = server.clock().instant();
    String first = fixtures.ticket(customer, "P3", null, null);
    String second = fixtures.ticket(customer, "P3", null, null);
    String third = fixtures.ticket(customer, "P3", null, null);
    fixtures.ticket(customer, "P3", null, null);
    String theirs = fixtures.ticket(other, "P3", null, null);
    status(first, "resolved");
    status(second, "closed");
    status(third, "resolved");
    status(theirs, "closed");
    Instant until = server.clock().instant().plus(Duration.ofMinutes(1));
    TicketService tickets = server.bean(TicketService.class);

    assertThat(tickets.closedBetween(Caller.SYSTEM, customer, from, until, 10))
        .extracting(Ticket::id)
        .containsExactly(third, second, first);
    assertThat(tickets.closedBetween(Caller.SYSTEM, customer, from, until, 2))
        .extracting(Ticket::id)
        .containsExactly(third, second);
  }

  @Test
  void breaksTiesAtTheLimitByIdWhenTicketsCloseAtTheSameInstant() {
    String customer = fixtures.customerWithContract("closed-tied");
    Instant from = server.clock().instant();
    List<String> tied =
        List.of(
            fixtures.ticket(customer, "P3", null, null),
            fixtures.ticket(customer, "P3", null, null),
            fixtures.ticket(customer, "P3", null, null));
    String earlier = fixtures.ticket(customer, "P3", null, null);
    status(earlier, "closed");
    server.clock().advance(Duration.ofMinutes(1));
    tied.forEach(ticket -> record(ticket, "resolved"));
    Instant until = server.clock().instant().plus(Duration.ofMinutes(1));
    List<String> byId = tied.stream().sorted().toList();
    TicketService tickets = server.bean(TicketService.class);

    assertThat(tickets.closedBetween(Caller.SYSTEM, customer, from, until, 2))
        .extracting(Ticket::id)
        .containsExactly(byId.get(0), byId.get(1));
    assertThat(tickets.closedBetween(Caller.SYSTEM, customer, from, until, 4))
        .extracting(Ticket::id)
        .containsExactly(byId.get(0), byId.get(1), byId.get(2), earlier);
  }

  /** Records the status a minute after the last event, so each ticket has its own last update. */
  private void status(String ticket, String status) {
    server.clock().advance(Duration.ofMinutes(1));
    record(ticket, status);
  }

  private void record(String ticket, String status) {
    Api.Response r =
        server
            .api()
            .post("/api/v1/tickets/" + ticket + "/events")
            .token(RunningServer.ADMIN_TOKEN)
            .json("{\"type\": \"status_changed\", \"status\": \"" + status + "\"}")
            .send();
    assertThat(r.status()).as("%s", r).isEqualTo(201);
  }
}
