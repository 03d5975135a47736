package org.accordo.app.clocks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.accordo.app.jdbc.Timestamps;
import org.accordo.core.clock.EventType;
import org.accordo.core.clock.Exclusion;
import org.accordo.core.clock.ReplyVisibility;
import org.accordo.core.clock.TicketEvent;
import org.accordo.core.policy.Metric;
import org.accordo.core.policy.TicketStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads a ticket's history as the clock engine takes it: the {@code ticket_event} rows of a ticket
 * in arrival order ({@code seq}), as core events. Read-only; the tickets feature writes the rows.
 */
@Repository
class TicketHistory {

  private static final String TICKET =
      """
      SELECT t.id, t.customer_id, t.service, t.priority, t.opened_at, c.time_zone
        FROM ticket t JOIN customer c ON c.id = t.customer_id
       WHERE t.id = :id""";
  private static final String EVENTS =
      """
      SELECT id, ticket_id, event_type, occurred_at, priority, status, is_public, excluded_from, excluded_to,
             reason, metrics
        FROM ticket_event WHERE ticket_id IN (:ids) ORDER BY ticket_id, seq""";
  private static final String IDS_AFTER =
      "SELECT id FROM ticket WHERE id > :after ORDER BY id FETCH FIRST :size ROWS ONLY";

  private final JdbcClient jdbc;

  TicketHistory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * What choosing a ticket's SLA needs.
   *
   * @param service the created event's service, or null
   * @param zone the customer's time zone: the day a ticket was opened is a day there
   */
  record OpenedTicket(
      String id,
      String customerId,
      String service,
      String priority,
      Instant openedAt,
      ZoneId zone) {}

  Optional<OpenedTicket> ticket(String ticketId) {
    return jdbc.sql(TICKET)
        .param("id", ticketId)
        .query(
            (rs, n) ->
                new OpenedTicket(
                    rs.getString("id"),
                    rs.getString("customer_id"),
                    rs.getString("service"),
                    rs.getString("priority"),
                    Timestamps.read(rs, "opened_at"),
                    ZoneId.of(rs.getString("time_zone"))))
        .optional();
  }

  /**
   * Locks the ticket's row until the transaction ends, for a ticket without an SLA row: its events'
   * computations then follow one another, as the SLA row's lock makes them for the others. An
   * update that changes no key (on PostgreSQL a {@code FOR NO KEY UPDATE} lock), so that it does
   * not wait for the key-share locks that concurrent event inserts hold on the row through their
   * foreign key.
   */
  void lock(String ticketId) {
    jdbc.sql("UPDATE ticket SET updated_at = updated_at WHERE id = :id")
        .param("id", ticketId)
        .update();
  }

  /** Every event of the ticket, in arrival order. */
  List<TicketEvent> events(String ticketId) {
    return eventsOf(List.of(ticketId)).getOrDefault(ticketId, List.of());
  }

  /**
   * Every event of several tickets, each ticket's in arrival order, in one query; a ticket without
   * events is missing.
   */
  Map<String, List<TicketEvent>> eventsOf(Collection<String> ticketIds) {
    Map<String, List<TicketEvent>> events = new HashMap<>();
    jdbc.sql(EVENTS)
        .param("ids", ticketIds)
        .query(TicketHistory::event)
        .list()
        .forEach(e -> events.computeIfAbsent(e.ticket(), id -> new ArrayList<>()).add(e));
    return events;
  }

  /**
   * Up to {@code size} ticket ids after {@code after} (empty string: from the first), in id order.
   */
  List<String> ticketIds(String after, int size) {
    return jdbc.sql(IDS_AFTER).param("after", after).param("size", size).query(String.class).list();
  }

  private static TicketEvent event(ResultSet rs, int n) throws SQLException {
    String ticket = rs.getString("ticket_id");
    String id = rs.getString("id");
    Instant at = Timestamps.read(rs, "occurred_at");
    EventType type = EventType.fromId(rs.getString("event_type")).orElseThrow();
    return switch (type) {
      case CREATED -> TicketEvent.created(ticket, id, at, rs.getString("priority"));
      case PRIORITY_CHANGED ->
          TicketEvent.priorityChanged(ticket, id, at, rs.getString("priority"));
      case STATUS_CHANGED ->
          TicketEvent.statusChanged(
              ticket, id, at, TicketStatus.fromId(rs.getString("status")).orElseThrow());
      case AGENT_REPLIED ->
          TicketEvent.agentReplied(
              ticket,
              id,
              at,
              rs.getBoolean("is_public") ? ReplyVisibility.PUBLIC : ReplyVisibility.INTERNAL);
      case EXCLUDED ->
          TicketEvent.excluded(
              ticket,
              id,
              at,
              new Exclusion(
                  Timestamps.read(rs, "excluded_from"),
                  Timestamps.read(rs, "excluded_to"),
                  rs.getString("reason"),
                  metrics(rs.getString("metrics"))));
      case CUSTOMER_REPLIED, PLAN_PROVIDED, CANCELLED -> TicketEvent.of(ticket, id, type, at);
    };
  }

  private static Set<Metric> metrics(String column) {
    return column == null
        ? Set.of()
        : Arrays.stream(column.split(","))
            .map(m -> Metric.fromId(m).orElseThrow())
            .collect(Collectors.toSet());
  }
}
