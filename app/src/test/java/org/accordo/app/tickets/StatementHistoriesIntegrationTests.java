package org.accordo.app.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.accordo.app.support.Api;
import org.accordo.app.support.ApiFixtures;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.accordo.core.clock.EventType;
import org.accordo.core.clock.TicketEvent;
import org.accordo.core.report.TicketHistory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The histories a month's statement is closed from ({@link MeasuredTickets#forStatement}, read in
 * two queries by {@link StatementHistories}): the customer's tickets in order of opening, each with
 * its events dated up to the statement's instant in the order they arrived (not the order of their
 * instants), without the tickets finished before the first month the statement looks at.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class StatementHistoriesIntegrationTests {

  private static final String ADMIN = RunningServer.ADMIN_TOKEN;
  private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
  private static final Instant SINCE = Instant.parse("2026-03-02T09:20:00Z");
  private static final Instant AS_OF = Instant.parse("2026-03-02T09:45:00Z");

  private final RunningServer server;
  private final Api api;
  private final ApiFixtures fixtures;
  private String customer;

  StatementHistoriesIntegrationTests(TestDatabase database) {
    this.server = RunningServer.on(database);
    this.api = server.api();
    this.fixtures = new ApiFixtures(api);
  }

  @BeforeEach
  void aCustomerWithAContract() {
    server.clock().set(NOW);
    customer = fixtures.customerWithContract("histories");
  }

  @Test
  void readsEachTicketsEventsInArrivalOrderUpToTheStatementsInstant() {
    String ticket = ticket("2026-03-02T09:00:00Z");
    post(
        ticket,
        "{\"type\": \"agent_replied\", \"public\": true, \"at\": \"2026-03-02T09:30:00Z\"}");
    // arrives later but happened earlier: the engine folds events in arrival order
    post(
        ticket,
        "{\"type\": \"status_changed\", \"status\": \"waiting_customer\","
            + " \"at\": \"2026-03-02T09:10:00Z\"}");
    // after the statement's instant
    post(ticket, "{\"type\": \"customer_replied\", \"at\": \"2026-03-02T09:50:00Z\"}");

    List<TicketHistory> read = read();

    assertThat(read).hasSize(1);
    TicketHistory history = read.get(0);
    assertThat(history.id()).isEqualTo(ticket);
    assertThat(history.ticket().number()).isEqualTo(ticket);
    assertThat(history.ticket().subject()).contains("Server down");
    assertThat(history.service()).isEqualTo(Optional.empty());
    assertThat(history.events())
        .extracting(TicketEvent::type)
        .containsExactly(EventType.CREATED, EventType.AGENT_REPLIED, EventType.STATUS_CHANGED);
    assertThat(history.events())
        .extracting(TicketEvent::at)
        .containsExactly(
            Instant.parse("2026-03-02T09:00:00Z"),
            Instant.parse("2026-03-02T09:30:00Z"),
            Instant.parse("2026-03-02T09:10:00Z"));
  }

  @Test
  void listsTheTicketsByOpeningWithoutThoseFinishedBeforeTheFirstMonthOrOpenedAfter() {
    String second = ticket("2026-03-02T09:05:00Z");
    String first = ticket("2026-03-02T09:00:00Z");
    String finishedBefore = ticket("2026-03-02T09:01:00Z");
    resolve(finishedBefore, "2026-03-02T09:02:00Z");
    String finishedButTouchedSince = ticket("2026-03-02T09:01:30Z");
    resolve(finishedButTouchedSince, "2026-03-02T09:03:00Z");
    post(
        finishedButTouchedSince,
        "{\"type\": \"agent_replied\", \"public\": false, \"at\": \"2026-03-02T09:25:00Z\"}");
    ticket("2026-03-02T09:50:00Z");
    fixtures.ticket(fixtures.customerWithContract("histories-other"), "P2", null, AS_OF);

    assertThat(read())
        .extracting(TicketHistory::id)
        .containsExactly(first, finishedButTouchedSince, second);
  }

  private List<TicketHistory> read() {
    return server.bean(MeasuredTickets.class).forStatement(customer, SINCE, AS_OF);
  }

  private String ticket(String openedAt) {
    return fixtures.ticket(customer, "P2", null, Instant.parse(openedAt));
  }

  private void resolve(String ticket, String at) {
    post(
        ticket, "{\"type\": \"status_changed\", \"status\": \"resolved\", \"at\": \"" + at + "\"}");
  }

  private void post(String ticket, String body) {
    Api.Response posted =
        api.post("/api/v1/tickets/" + ticket + "/events").token(ADMIN).json(body).send();
    assertThat(posted.status()).as("%s", posted).isEqualTo(201);
  }
}
