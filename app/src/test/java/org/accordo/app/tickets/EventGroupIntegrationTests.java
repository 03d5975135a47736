package org.accordo.app.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import javax.sql.DataSource;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.security.Caller;
import org.accordo.app.security.Role;
import org.accordo.app.support.Api;
import org.accordo.app.support.ApiFixtures;
import org.accordo.app.support.Await;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Events posted at the same time are appended in groups ({@link EventIntake}, {@link
 * EventService#appendAll}): what a group stores is what the same events posted one by one store, a
 * refused event is refused alone, and a group whose transaction fails is appended event by event.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class EventGroupIntegrationTests {

  private static final String ADMIN = RunningServer.ADMIN_TOKEN;

  /** The server's now in these tests; tickets are opened one hour earlier. */
  private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

  private static final String[] HISTORY = {
    "{\"type\": \"agent_replied\", \"public\": true, \"at\": \"2026-03-02T09:05:00Z\"}",
    "{\"type\": \"status_changed\", \"status\": \"waiting_customer\", \"at\": \"2026-03-02T09:10:00Z\"}",
    "{\"type\": \"customer_replied\", \"at\": \"2026-03-02T09:20:00Z\"}",
    "{\"type\": \"status_changed\", \"status\": \"in_progress\", \"at\": \"2026-03-02T09:21:00Z\"}",
    "{\"type\": \"priority_changed\", \"priority\": \"P1\", \"at\": \"2026-03-02T09:30:00Z\"}",
    "{\"type\": \"plan_provided\", \"at\": \"2026-03-02T09:40:00Z\"}",
  };

  private final TestDatabase database;
  private final RunningServer server;
  private final Api api;
  private final ApiFixtures fixtures;
  private String customer;

  EventGroupIntegrationTests(TestDatabase database) {
    this.database = database;
    this.server = RunningServer.on(database);
    this.api = server.api();
    this.fixtures = new ApiFixtures(api);
  }

  @BeforeEach
  void aCustomerWithAContract() {
    server.clock().set(NOW);
    customer = fixtures.customerWithContract("groups");
  }

  @Test
  void eventsPostedTogetherEndAsTheSameEventsPostedOneByOne() throws Exception {
    List<String> alone = new ArrayList<>();
    List<String> together = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      alone.add(openTicket());
      together.add(openTicket());
    }
    for (String ticket : alone) {
      for (String event : HISTORY) {
        assertThat(post(ticket, event).status()).isEqualTo(201);
      }
    }
    DistributionSummary groups =
        server.bean(MeterRegistry.class).get("accordo.events.group.size").summary();
    double failedBefore =
        server.bean(MeterRegistry.class).get("accordo.events.groups.failed").counter().count();
    long groupsBefore = groups.count();

    List<Runnable> posts = new ArrayList<>();
    for (String ticket : together) {
      for (String event : HISTORY) {
        posts.add(() -> assertThat(post(ticket, event).status()).isEqualTo(201));
      }
    }
    Collections.shuffle(posts, new Random(7));
    runAtOnce(posts, 16);

    long groupsOfTogether = groups.count() - groupsBefore;
    assertThat(groupsOfTogether).as("groups for %s events", posts.size()).isLessThan(posts.size());
    assertThat(
            server.bean(MeterRegistry.class).get("accordo.events.groups.failed").counter().count())
        .isEqualTo(failedBefore);
    for (int i = 0; i < alone.size(); i++) {
      JsonNode expected = detail(alone.get(i));
      JsonNode actual = detail(together.get(i));
      assertThat(withoutEventIds(actual.path("clocks")))
          .isEqualTo(withoutEventIds(expected.path("clocks")));
      assertThat(actual.path("ticket").path("status").asString()).isEqualTo("in_progress");
      assertThat(actual.path("ticket").path("priority").asString()).isEqualTo("P1");
      assertThat(actual.path("events").size()).isEqualTo(HISTORY.length + 1);
      assertThat(auditedEvents(together.get(i))).isEqualTo(HISTORY.length);
    }
  }

  @Test
  void anEventRefusedInAGroupIsRefusedAloneAndTheOthersAreStored() {
    EventService events = server.bean(EventService.class);
    Caller agent = new Caller("group-agent", Role.AGENT, null);
    Caller customersUser = new Caller("group-customer", Role.CUSTOMER, customer);
    String otherCustomer = fixtures.customer("groups-other");
    Caller otherCustomersUser = new Caller("group-other-customer", Role.CUSTOMER, otherCustomer);
    String withoutContract = fixtures.customer("groups-no-contract");
    String replied = openTicket();
    String hidden = openTicket();
    String forbidden = openTicket();
    String tooEarly = openTicket();
    String keyed = openTicket();
    String wrongPriority = openTicket();
    String resolved = openTicket();
    String withoutSla = openTicket(withoutContract);
    NewEvent reply =
        event("{\"type\": \"agent_replied\", \"public\": true, \"at\": \"2026-03-02T09:10:00Z\"}");
    assertThat(events.append(agent, keyed, "first-try", reply).replayed()).isFalse();

    List<EventService.Outcome> outcomes =
        events.appendAll(
            List.of(
                events.posted(agent, replied, null, reply),
                events.posted(
                    otherCustomersUser, hidden, null, event("{\"type\": \"customer_replied\"}")),
                events.posted(
                    customersUser,
                    forbidden,
                    null,
                    event("{\"type\": \"status_changed\", \"status\": \"closed\"}")),
                events.posted(
                    agent,
                    tooEarly,
                    null,
                    event("{\"type\": \"customer_replied\", \"at\": \"2026-03-02T08:00:00Z\"}")),
                events.posted(agent, "no-such-ticket", null, reply),
                events.posted(agent, keyed, "first-try", reply),
                events.posted(
                    agent,
                    wrongPriority,
                    null,
                    event("{\"type\": \"priority_changed\", \"priority\": \"P9\"}")),
                events.posted(
                    agent,
                    resolved,
                    null,
                    event("{\"type\": \"status_changed\", \"status\": \"resolved\"}")),
                events.posted(
                    agent,
                    withoutSla,
                    null,
                    event("{\"type\": \"status_changed\", \"status\": \"on_hold\"}"))));

    assertThat(stored(outcomes.get(0)).event().ticketId()).isEqualTo(replied);
    assertThat(refusal(outcomes.get(1))).isInstanceOf(TicketNotVisible.class);
    assertThat(refusal(outcomes.get(2))).isInstanceOf(StaffOnlyField.class);
    assertThat(((StaffOnlyField) refusal(outcomes.get(2))).field()).contains("type");
    assertThat(refusal(outcomes.get(3)))
        .isInstanceOf(InvalidField.class)
        .hasMessageContaining("before the ticket was created");
    assertThat(refusal(outcomes.get(4))).isInstanceOf(TicketNotVisible.class);
    assertThat(stored(outcomes.get(5)).replayed()).isTrue();
    assertThat(refusal(outcomes.get(6)))
        .isInstanceOf(InvalidField.class)
        .hasMessageContaining("'P9'");
    assertThat(stored(outcomes.get(7)).event().status().id()).isEqualTo("resolved");
    assertThat(stored(outcomes.get(8)).event().ticketId()).isEqualTo(withoutSla);
    assertThat(eventCount(replied)).isEqualTo(2);
    assertThat(eventCount(hidden)).isEqualTo(1);
    assertThat(eventCount(forbidden)).isEqualTo(1);
    assertThat(eventCount(tooEarly)).isEqualTo(1);
    assertThat(eventCount(keyed)).isEqualTo(2);
    assertThat(eventCount(wrongPriority)).isEqualTo(1);
    assertThat(detail(resolved).path("ticket").path("status").asString()).isEqualTo("resolved");
    assertThat(detail(withoutSla).path("ticket").path("status").asString()).isEqualTo("on_hold");
    assertThat(detail(withoutSla).path("clocks").size()).isZero();
    assertThat(
            detail(replied)
                .path("clocks")
                .valueStream()
                .filter(c -> c.path("metric").asString().equals("first_response"))
                .findFirst()
                .orElseThrow()
                .path("state")
                .asString())
        .isEqualTo("met");
    assertThat(auditedEvents(replied)).isEqualTo(1);
    assertThat(auditedEvents(hidden)).isZero();
    assertThat(auditedEvents(forbidden)).isZero();
  }

  @Test
  void anEventAppendedAloneAfterItsGroupFailedIsNotStoredTwiceWhenTheGroupCommittedAfterAll() {
    // the connection lost during the group's commit: the request cannot know whether it happened
    EventService events = server.bean(EventService.class);
    Caller agent = new Caller("group-agent", Role.AGENT, null);
    String ticket = openTicket();
    EventService.Posted posted =
        events.posted(agent, ticket, null, event("{\"type\": \"customer_replied\"}"));
    EventService.Appended inGroup = stored(events.appendAll(List.of(posted)).get(0));

    EventService.Appended alone = events.appendAlone(posted);

    assertThat(alone.event().id()).isEqualTo(inGroup.event().id()).isEqualTo(posted.eventId());
    assertThat(eventCount(ticket)).isEqualTo(2);
    assertThat(auditedEvents(ticket)).isEqualTo(1);
  }

  @Test
  void aGroupIsRefusedTwoEventsOfOneTicket() {
    EventService events = server.bean(EventService.class);
    Caller agent = new Caller("group-agent", Role.AGENT, null);
    String ticket = openTicket();
    NewEvent reply = event("{\"type\": \"customer_replied\"}");

    assertThatThrownBy(
            () ->
                events.appendAll(
                    List.of(
                        events.posted(agent, ticket, null, reply),
                        events.posted(agent, ticket, null, reply))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(eventCount(ticket)).isEqualTo(1);
  }

  @Test
  void aKeyReusedForAnotherRequestInAGroupIsRefusedAlone() {
    EventService events = server.bean(EventService.class);
    Caller agent = new Caller("group-agent", Role.AGENT, null);
    String keyed = openTicket();
    String other = openTicket();
    events.append(
        agent,
        keyed,
        "k",
        event("{\"type\": \"customer_replied\", \"at\": \"2026-03-02T09:10:00Z\"}"));

    List<EventService.Outcome> outcomes =
        events.appendAll(
            List.of(
                events.posted(
                    agent,
                    keyed,
                    "k",
                    event("{\"type\": \"customer_replied\", \"at\": \"2026-03-02T09:11:00Z\"}")),
                events.posted(
                    agent,
                    other,
                    "k",
                    event("{\"type\": \"customer_replied\", \"at\": \"2026-03-02T09:11:00Z\"}"))));

    assertThat(refusal(outcomes.get(0))).isInstanceOf(IdempotencyKeyReused.class);
    assertThat(stored(outcomes.get(1)).replayed()).isFalse();
    assertThat(eventCount(keyed)).isEqualTo(2);
    assertThat(eventCount(other)).isEqualTo(2);
  }

  @Test
  void aGroupHoldsBackTheEventOfATicketHeldElsewhereAndAppendsTheOthers() throws Exception {
    EventService events = server.bean(EventService.class);
    Caller agent = new Caller("group-agent", Role.AGENT, null);
    NewEvent reply =
        event("{\"type\": \"agent_replied\", \"public\": true, \"at\": \"2026-03-02T09:10:00Z\"}");
    String held = openTicket();
    String free = openTicket();
    List<EventService.Outcome> outcomes;
    try (Connection holder = server.bean(DataSource.class).getConnection()) {
      holder.setAutoCommit(false);
      lock(holder, "SELECT ticket_id FROM ticket_sla WHERE ticket_id = ? FOR UPDATE", held);

      outcomes =
          events.appendGroup(
              List.of(
                  events.posted(agent, held, null, reply), events.posted(agent, free, null, reply)),
              Duration.ofSeconds(2));

      assertThat(eventCount(free)).as("appended while the other ticket is held").isEqualTo(2);
      holder.commit();
    }
    assertThat(outcomes.get(0)).isInstanceOf(EventService.Outcome.Held.class);
    assertThat(stored(outcomes.get(1)).event().ticketId()).isEqualTo(free);
    assertThat(eventCount(held)).isEqualTo(1);
  }

  @Test
  void theEventOfATicketHeldElsewhereIsAppendedAloneOnceTheTicketIsFree() throws Exception {
    String held = openTicket();

    SimpleMeterRegistry registry =
        postWhileHeld(
            "SELECT ticket_id FROM ticket_sla WHERE ticket_id = ? FOR UPDATE",
            held,
            Duration.ofSeconds(2),
            r -> r.get("accordo.events.group.size").summary().count(),
            "the group that held it back");

    assertThat(eventCount(held)).isEqualTo(2);
    assertThat(auditedEvents(held)).isEqualTo(1);
    assertThat(registry.get("accordo.events.groups.failed").counter().count()).isZero();
  }

  /**
   * PostgreSQL only, where a group waits at most {@code accordo.events.lock-timeout} for a row lock
   * (H2 serves one node). A transaction of the test holds the ticket's own row, which the event's
   * insert must share (its foreign key): the group gives up and fails, and the event, appended
   * alone, waits for the row like any single transaction and is stored once it is free.
   */
  @Test
  void aGroupThatWaitsTooLongForALockFailsAndItsEventIsAppendedAlone() throws Exception {
    assumeThat(database).isEqualTo(TestDatabase.POSTGRESQL);
    String held = openTicket();

    SimpleMeterRegistry registry =
        postWhileHeld(
            "SELECT id FROM ticket WHERE id = ? FOR UPDATE",
            held,
            Duration.ofMillis(200),
            r -> r.get("accordo.events.groups.failed").counter().count(),
            "the group to give up");

    assertThat(eventCount(held)).isEqualTo(2);
    assertThat(auditedEvents(held)).isEqualTo(1);
    assertThat(registry.get("accordo.events.group.size").summary().count()).isZero();
  }

  /**
   * Posts a reply to {@code ticket} through an intake of its own (one lane, {@code lockTimeout})
   * while a transaction of the test holds the row {@code select} locks. Once {@code groupDone}
   * (read from the intake's metrics) reaches 1, the lane is done with the event's group: checks
   * that the event, now appended alone, is neither stored nor answered while the row is held; then
   * frees the row and waits for the answer.
   *
   * @return the intake's metrics
   */
  private SimpleMeterRegistry postWhileHeld(
      String select,
      String ticket,
      Duration lockTimeout,
      ToDoubleFunction<SimpleMeterRegistry> groupDone,
      String what)
      throws Exception {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    EventIntake intake =
        new EventIntake(
            server.bean(EventService.class), registry, new TicketSettings(1, 64, lockTimeout));
    Caller agent = new Caller("group-agent", Role.AGENT, null);
    NewEvent reply =
        event("{\"type\": \"agent_replied\", \"public\": true, \"at\": \"2026-03-02T09:10:00Z\"}");
    ExecutorService poster = Executors.newSingleThreadExecutor();
    try (Connection holder = server.bean(DataSource.class).getConnection()) {
      holder.setAutoCommit(false);
      lock(holder, select, ticket);
      Future<EventService.Appended> appended =
          poster.submit(() -> intake.append(agent, ticket, null, reply));

      Await.until(
          Duration.ofSeconds(10), () -> groupDone.applyAsDouble(registry), done -> done == 1, what);
      assertThat(eventCount(ticket)).as("stored before the row is free").isEqualTo(1);
      assertThat(appended).as("the event appended alone waits for the row").isNotDone();
      holder.commit();

      assertThat(appended.get(10, TimeUnit.SECONDS).event().ticketId()).isEqualTo(ticket);
    } finally {
      poster.shutdownNow();
      intake.destroy();
    }
    return registry;
  }

  private static void lock(Connection connection, String select, String id) throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement(select)) {
      lock.setString(1, id);
      lock.executeQuery().close();
    }
  }

  private String openTicket() {
    return openTicket(customer);
  }

  private String openTicket(String customer) {
    return fixtures.ticket(customer, "P2", null, Instant.parse("2026-03-02T09:00:00Z"));
  }

  private Api.Response post(String ticket, String body) {
    return api.post("/api/v1/tickets/" + ticket + "/events").token(ADMIN).json(body).send();
  }

  private JsonNode detail(String ticket) {
    return api.get("/api/v1/tickets/" + ticket).token(ADMIN).send().json();
  }

  /**
   * The clocks as text, each event id (a timeline's "why" names the event) replaced by the same
   * word.
   */
  private static String withoutEventIds(JsonNode clocks) {
    return clocks
        .toString()
        .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "event");
  }

  private static EventService.Appended stored(EventService.Outcome outcome) {
    assertThat(outcome).isInstanceOf(EventService.Outcome.Stored.class);
    return ((EventService.Outcome.Stored) outcome).appended();
  }

  private static RuntimeException refusal(EventService.Outcome outcome) {
    assertThat(outcome).isInstanceOf(EventService.Outcome.Refused.class);
    return ((EventService.Outcome.Refused) outcome).error();
  }

  private long eventCount(String ticket) {
    return server
        .jdbc()
        .sql("SELECT COUNT(*) FROM ticket_event WHERE ticket_id = ?")
        .param(ticket)
        .query(Long.class)
        .single();
  }

  private long auditedEvents(String ticket) {
    return server
        .jdbc()
        .sql("SELECT COUNT(*) FROM audit_log WHERE entity_id = ? AND action = 'ticket.event_added'")
        .param(ticket)
        .query(Long.class)
        .single();
  }

  private NewEvent event(String body) {
    return server.bean(JsonMapper.class).readValue(body, NewEvent.class);
  }

  private static void runAtOnce(List<Runnable> tasks, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      tasks.forEach(task -> done.add(pool.submit(task)));
      for (Future<?> future : done) {
        future.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
