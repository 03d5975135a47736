package org.accordo.app.clocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.accordo.app.support.Api;
import org.accordo.app.support.ApiFixtures;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The batched rebuild of many tickets in one transaction ({@link TicketClocks#rebuildAll}, what an
 * import runs) stores what rebuilding them one by one ({@link TicketClocks#rebuild}) stores: the
 * same clock rows, escalations and breaches, digests and next checks, ticket summaries, one audit
 * entry and the same notifications per escalation; and a second batched rebuild records nothing
 * again. On each database, on a server without the scheduler so that nothing else refreshes them.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class BatchedRebuildIntegrationTests {

  static final String ADMIN = RunningServer.ADMIN_TOKEN;
  static final Instant OPENED = Instant.parse("2026-03-02T08:00:00Z");

  private final RunningServer server;
  private final Api api;
  private final ApiFixtures fixtures;
  private final JdbcClient jdbc;

  BatchedRebuildIntegrationTests(TestDatabase database) {
    this.server = RunningServer.idle(database);
    this.api = server.api();
    this.fixtures = new ApiFixtures(api);
    this.jdbc = server.jdbc();
  }

  @Test
  void aBatchedRebuildStoresWhatRebuildingEachTicketAloneStores() {
    server.clock().set(OPENED);
    String customer = fixtures.customerWithContract("batched");
    List<String> tickets = histories(customer);
    Instant now = OPENED.plus(Duration.ofDays(3));
    server.clock().set(now);

    wipe(tickets);
    long audited = audited(tickets);
    inTransaction(() -> server.bean(TicketClocks.class).rebuildAll(tickets, now));
    Map<String, List<Map<String, Object>>> batched = stored(tickets);
    long auditedBatched = audited(tickets) - audited;

    wipe(tickets);
    audited = audited(tickets);
    for (String ticket : tickets) {
      inTransaction(() -> server.bean(TicketClocks.class).rebuild(ticket, now));
    }
    Map<String, List<Map<String, Object>>> oneByOne = stored(tickets);
    long auditedOneByOne = audited(tickets) - audited;

    assertThat(batched.get("escalations"))
        .extracting(row -> row.get("kind"))
        .contains("escalation", "breach");
    assertThat(batched.get("notifications")).isNotEmpty();
    assertThat(batched).isEqualTo(oneByOne);
    assertThat(auditedBatched).isEqualTo(batched.get("escalations").size());
    assertThat(auditedOneByOne).isEqualTo(auditedBatched);

    // the digests now hold every escalation: a batched rebuild records none again
    audited = audited(tickets);
    inTransaction(() -> server.bean(TicketClocks.class).rebuildAll(tickets, now));
    assertThat(stored(tickets)).isEqualTo(oneByOne);
    assertThat(audited(tickets)).isEqualTo(audited);

    // the idle server is shared: leave nothing of these tickets for the next test to measure
    forget(tickets);
    server.clock().set(RunningServer.START);
  }

  /**
   * Tickets of every priority with histories that cross thresholds, breach, meet, pause and reply:
   * opened an hour apart from 08:00, each with some of the events below.
   */
  private List<String> histories(String customer) {
    List<String> tickets = new ArrayList<>();
    String[] priorities = {"P1", "P2", "P3", "P4"};
    for (int i = 0; i < 12; i++) {
      Instant opened = OPENED.plus(Duration.ofHours(i));
      server.clock().set(opened);
      String ticket = fixtures.ticket(customer, priorities[i % 4], "servers", opened);
      tickets.add(ticket);
      // every other ticket gets its first reply in time, every third a late one
      if (i % 2 == 0) {
        event(ticket, opened.plus(Duration.ofMinutes(10)), "agent_replied", "\"public\": true");
      } else if (i % 3 == 0) {
        event(ticket, opened.plus(Duration.ofHours(9)), "agent_replied", "\"public\": true");
      }
      if (i % 4 == 1) {
        event(
            ticket,
            opened.plus(Duration.ofHours(1)),
            "status_changed",
            "\"status\": \"waiting_customer\"");
        event(ticket, opened.plus(Duration.ofHours(3)), "customer_replied", null);
      }
      if (i % 3 == 2) {
        event(
            ticket, opened.plus(Duration.ofHours(5)), "status_changed", "\"status\": \"resolved\"");
      }
    }
    return tickets;
  }

  private void event(String ticket, Instant at, String type, String more) {
    server.clock().set(at.plusSeconds(1));
    Api.Response added =
        api.post("/api/v1/tickets/" + ticket + "/events")
            .token(ADMIN)
            .json(
                "{\"type\": \""
                    + type
                    + "\", \"at\": \""
                    + at
                    + "\""
                    + (more == null ? "" : ", " + more)
                    + "}")
            .send();
    assertThat(added.status()).as("%s", added).isEqualTo(201);
  }

  /** Removes what measuring the tickets stored: their SLA rows, clocks, escalations, notices. */
  private void wipe(List<String> tickets) {
    jdbc.sql(
            "DELETE FROM notification WHERE escalation_id IN"
                + " (SELECT id FROM escalation WHERE ticket_id IN (:ids))")
        .param("ids", tickets)
        .update();
    for (String table : List.of("escalation", "clock", "ticket_sla")) {
      jdbc.sql("DELETE FROM " + table + " WHERE ticket_id IN (:ids)")
          .param("ids", tickets)
          .update();
    }
    jdbc.sql("UPDATE ticket SET next_due_at = NULL, breached = FALSE WHERE id IN (:ids)")
        .param("ids", tickets)
        .update();
  }

  /** Removes the tickets with everything stored of them. */
  private void forget(List<String> tickets) {
    wipe(tickets);
    jdbc.sql(
            "DELETE FROM event_idempotency WHERE event_id IN"
                + " (SELECT id FROM ticket_event WHERE ticket_id IN (:ids))")
        .param("ids", tickets)
        .update();
    for (String table : List.of("clock_rebuild_ticket", "ticket_event")) {
      jdbc.sql("DELETE FROM " + table + " WHERE ticket_id IN (:ids)")
          .param("ids", tickets)
          .update();
    }
    // the root cause analyses their breaches opened (contracts with also_after_breach)
    String ofTheTickets = "SELECT rca_id FROM rca_ticket WHERE ticket_id IN (:ids)";
    List<String> rcas = jdbc.sql(ofTheTickets).param("ids", tickets).query(String.class).list();
    if (!rcas.isEmpty()) {
      for (String table : List.of("rca_threshold", "rca_ticket")) {
        jdbc.sql("DELETE FROM " + table + " WHERE rca_id IN (:rcas)").param("rcas", rcas).update();
      }
      jdbc.sql("DELETE FROM rca WHERE id IN (:rcas)").param("rcas", rcas).update();
    }
    jdbc.sql("DELETE FROM ticket WHERE id IN (:ids)").param("ids", tickets).update();
  }

  /** What measuring the tickets stored, without the ids and instants each recording draws anew. */
  private Map<String, List<Map<String, Object>>> stored(List<String> tickets) {
    return Map.of(
        "slas",
        // of a ticket without escalations, the rebuild of one ticket leaves the recorded ones
        // unknown (null: read from the table when there is one to record), the batched rebuild
        // knows there are none: the same
        rows(
            "SELECT ticket_id, contract_version, sla_id, next_check_at, clock_digest,"
                + " COALESCE(escalations_recorded, '') AS escalations_recorded FROM ticket_sla WHERE ticket_id IN (:ids) ORDER BY"
                + " ticket_id",
            tickets),
        "clocks",
        rows(
            "SELECT * FROM clock WHERE ticket_id IN (:ids) ORDER BY ticket_id, metric, cycle",
            tickets),
        "escalations",
        rows(
            "SELECT ticket_id, customer_id, metric, cycle, kind, at_fraction, level, priority,"
                + " occurred_at, recorded_at FROM escalation WHERE ticket_id IN (:ids)"
                + " ORDER BY ticket_id, metric, cycle, kind, at_fraction",
            tickets),
        "notifications",
        rows(
            "SELECT e.ticket_id, e.metric, e.cycle, e.kind, e.at_fraction, n.channel, n.subject"
                + " FROM notification n JOIN escalation e ON e.id = n.escalation_id"
                + " WHERE e.ticket_id IN (:ids)"
                + " ORDER BY e.ticket_id, e.metric, e.cycle, e.kind, e.at_fraction, n.channel,"
                + " n.subject",
            tickets),
        "tickets",
        rows(
            "SELECT id, next_due_at, breached FROM ticket WHERE id IN (:ids) ORDER BY id",
            tickets));
  }

  private List<Map<String, Object>> rows(String sql, List<String> tickets) {
    return jdbc.sql(sql).param("ids", tickets).query().listOfRows().stream()
        .map(BatchedRebuildIntegrationTests::lowerCaseKeys)
        .toList();
  }

  private static Map<String, Object> lowerCaseKeys(Map<String, Object> row) {
    Map<String, Object> lower = new java.util.TreeMap<>();
    row.forEach((k, v) -> lower.put(k.toLowerCase(java.util.Locale.ROOT), v));
    return lower;
  }

  /** The audit entries of recorded escalations of the tickets. */
  private long audited(List<String> tickets) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'escalation.recorded' AND customer_id ="
                + " (SELECT customer_id FROM ticket WHERE id = :id)")
        .param("id", tickets.get(0))
        .query(Long.class)
        .single();
  }

  private void inTransaction(Runnable work) {
    server.bean(TransactionTemplate.class).executeWithoutResult(status -> work.run());
  }
}
