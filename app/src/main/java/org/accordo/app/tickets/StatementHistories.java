package org.accordo.app.tickets;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accordo.app.jdbc.Timestamps;
import org.accordo.core.clock.TicketEvent;
import org.accordo.core.report.TicketHistory;
import org.accordo.core.report.TicketReference;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The histories a customer's month is closed from, in two queries whatever their number: the
 * tickets (only what names them) in order of opening, then every event of those tickets dated up to
 * the statement's instant, streamed ({@value #FETCH_SIZE} rows a round trip) and put in arrival
 * order here. A month of 100,000 tickets and a million events was read in 100 queries of 1,000
 * tickets before, each parsing every column of every row.
 */
@Repository
class StatementHistories {

  static final int FETCH_SIZE = 5000;

  /**
   * The tickets a statement may name: opened at or before {@code asOf}, but those finished
   * (resolved, closed or cancelled) without an event dated since {@code since}.
   */
  private static final String ACTIVE =
      """
      t.customer_id = :customerId AND t.opened_at <= :asOf
        AND ((t.status NOT IN ('resolved', 'closed') AND t.cancelled_at IS NULL)
             OR EXISTS (SELECT 1 FROM ticket_event s
                         WHERE s.ticket_id = t.id AND s.occurred_at >= :since))""";

  private static final String TICKETS =
      "SELECT t.id, t.external_id, t.subject, t.service FROM ticket t WHERE "
          + ACTIVE
          + " ORDER BY t.opened_at, t.id";

  private static final String EVENTS =
      """
      SELECT e.seq, e.ticket_id, e.id, e.event_type, e.occurred_at, e.priority, e.status, e.is_public,
             e.excluded_from, e.excluded_to, e.reason, e.metrics
        FROM ticket t JOIN ticket_event e ON e.ticket_id = t.id
       WHERE e.occurred_at <= :asOf
         AND """
          + " "
          + ACTIVE;

  private final NamedParameterJdbcTemplate jdbc;

  /** On the DataSource of the other repositories, so its queries join the caller's transaction. */
  StatementHistories(NamedParameterJdbcTemplate shared) {
    JdbcTemplate streaming = new JdbcTemplate(shared.getJdbcTemplate().getDataSource());
    streaming.setFetchSize(FETCH_SIZE);
    this.jdbc = new NamedParameterJdbcTemplate(streaming);
  }

  /**
   * The customer's tickets a statement may name, each with its events dated at or before {@code
   * asOf} in arrival order; a ticket without such an event is left out. In order of opening (then
   * id).
   */
  List<TicketHistory> read(String customerId, Instant since, Instant asOf) {
    MapSqlParameterSource params =
        new MapSqlParameterSource()
            .addValue("customerId", customerId)
            .addValue("since", Timestamps.of(since))
            .addValue("asOf", Timestamps.of(asOf));
    List<TicketHistory> histories = new ArrayList<>();
    List<Named> tickets = jdbc.query(TICKETS, params, (rs, n) -> Named.of(rs));
    Map<String, List<TicketEvent>> events = events(params, tickets.size());
    for (Named ticket : tickets) {
      List<TicketEvent> dated = events.get(ticket.reference().id());
      if (dated != null) {
        histories.add(new TicketHistory(ticket.reference(), ticket.service(), dated));
      }
    }
    return histories;
  }

  /** The events by ticket, each ticket's in arrival order ({@code seq}). */
  private Map<String, List<TicketEvent>> events(MapSqlParameterSource params, int tickets) {
    Map<String, List<Arrived>> arrived = new HashMap<>(2 * tickets);
    jdbc.query(
        EVENTS,
        params,
        (RowCallbackHandler)
            rs ->
                arrived
                    .computeIfAbsent(rs.getString("ticket_id"), id -> new ArrayList<>(12))
                    .add(new Arrived(rs.getLong("seq"), TicketEventRepository.coreEvent(rs, 0))));
    Map<String, List<TicketEvent>> histories = new HashMap<>(2 * arrived.size());
    arrived.forEach((ticket, list) -> histories.put(ticket, Arrived.inOrder(list)));
    return histories;
  }

  /** What names a ticket in a statement, and its service. */
  private record Named(TicketReference reference, Optional<String> service) {

    static Named of(ResultSet rs) throws SQLException {
      String id = rs.getString("id");
      String number = rs.getString("external_id");
      return new Named(
          new TicketReference(
              id, number == null ? id : number, Optional.of(rs.getString("subject"))),
          Optional.ofNullable(rs.getString("service")));
    }
  }

  /** An event with its place in the arrival order. */
  private record Arrived(long seq, TicketEvent event) {

    private static final Comparator<Arrived> BY_SEQ = Comparator.comparingLong(Arrived::seq);

    static List<TicketEvent> inOrder(List<Arrived> events) {
      events.sort(BY_SEQ);
      List<TicketEvent> ordered = new ArrayList<>(events.size());
      events.forEach(a -> ordered.add(a.event()));
      return ordered;
    }
  }
}
