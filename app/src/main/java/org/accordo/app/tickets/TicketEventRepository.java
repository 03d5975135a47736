package org.accordo.app.tickets;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
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
import org.accordo.core.policy.Metric;
import org.accordo.core.policy.TicketStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The append-only {@code ticket_event} table: this class inserts and reads, and has no way to
 * change or delete an event. Events come back in the order they are folded: by {@code at}, ties by
 * arrival.
 */
@Repository
class TicketEventRepository {

  private static final String COLUMNS =
      "seq, id, ticket_id, customer_id, event_type, occurred_at, recorded_at,"
          + " recorded_by, priority, status, is_public, excluded_from, excluded_to, reason, metrics";
  private static final String INSERT =
      """
      INSERT INTO ticket_event (id, ticket_id, customer_id, event_type, occurred_at, recorded_at, recorded_by,
                                priority, status, is_public, excluded_from, excluded_to, reason, metrics)
      VALUES (:id, :ticketId, :customerId, :type, :at, :recordedAt, :recordedBy,
              :priority, :status, :isPublic, :from, :to, :reason, :metrics)""";
  private static final String OF_TICKET =
      "SELECT "
          + COLUMNS
          + " FROM ticket_event WHERE ticket_id = :ticketId ORDER BY occurred_at, seq";
  private static final String FIND = "SELECT " + COLUMNS + " FROM ticket_event WHERE id = :id";
  private static final String HISTORIES =
      """
      SELECT id, ticket_id, event_type, occurred_at, priority, status, is_public, excluded_from, excluded_to,
             reason, metrics
        FROM ticket_event WHERE ticket_id IN (:ids) ORDER BY ticket_id, seq""";

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batch;

  /** Both on the same DataSource, so a batch joins the caller's transaction. */
  TicketEventRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  /**
   * Appends an event; its {@code seq} is given by the database, so the one passed is ignored.
   *
   * @return the event as stored, with its {@code seq}
   */
  TicketEvent append(TicketEvent event) {
    return appendAll(List.of(event)).get(0);
  }

  /**
   * Appends events in one JDBC batch; their {@code seq} follow the list's order.
   *
   * @return the events as stored, with their {@code seq}, in the same order
   */
  List<TicketEvent> appendAll(List<TicketEvent> events) {
    KeyHolder seqs = new GeneratedKeyHolder();
    batch.batchUpdate(
        INSERT,
        events.stream().map(TicketEventRepository::params).toArray(SqlParameterSource[]::new),
        seqs,
        new String[] {"seq"});
    List<Map<String, Object>> keys = seqs.getKeyList();
    if (keys.size() != events.size()) {
      throw new IllegalStateException(
          events.size() + " events inserted, " + keys.size() + " seq values returned");
    }
    List<TicketEvent> stored = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      stored.add(
          events.get(i).withSeq(((Number) keys.get(i).values().iterator().next()).longValue()));
    }
    return stored;
  }

  private static SqlParameterSource params(TicketEvent event) {
    return new MapSqlParameterSource()
        .addValue("id", event.id())
        .addValue("ticketId", event.ticketId())
        .addValue("customerId", event.customerId())
        .addValue("type", event.type().id())
        .addValue("at", Timestamps.of(event.at()))
        .addValue("recordedAt", Timestamps.of(event.recordedAt()))
        .addValue("recordedBy", event.recordedBy())
        .addValue("priority", event.priority())
        .addValue("status", event.status() == null ? null : event.status().id())
        .addValue("isPublic", event.isPublic())
        .addValue("from", Timestamps.of(event.from()))
        .addValue("to", Timestamps.of(event.to()))
        .addValue("reason", event.reason())
        .addValue(
            "metrics",
            event.metrics().isEmpty()
                ? null
                : event.metrics().stream().map(Metric::id).collect(Collectors.joining(",")));
  }

  /** The ticket's events in fold order. */
  List<TicketEvent> ofTicket(String ticketId) {
    return jdbc.sql(OF_TICKET).param("ticketId", ticketId).query(TicketEventRepository::row).list();
  }

  /**
   * Every event of several tickets, each ticket's in arrival order ({@code seq}), as core events,
   * in one query; a ticket without events is missing.
   */
  Map<String, List<org.accordo.core.clock.TicketEvent>> histories(Collection<String> ticketIds) {
    Map<String, List<org.accordo.core.clock.TicketEvent>> histories = new HashMap<>();
    jdbc.sql(HISTORIES)
        .param("ids", ticketIds)
        .query(TicketEventRepository::coreEvent)
        .list()
        .forEach(e -> histories.computeIfAbsent(e.ticket(), id -> new ArrayList<>()).add(e));
    return histories;
  }

  Optional<TicketEvent> find(String id) {
    return jdbc.sql(FIND).param("id", id).query(TicketEventRepository::row).optional();
  }

  private static TicketEvent row(ResultSet rs, int n) throws SQLException {
    String status = rs.getString("status");
    String metrics = rs.getString("metrics");
    Object isPublic = rs.getObject("is_public");
    return new TicketEvent(
        rs.getLong("seq"),
        rs.getString("id"),
        rs.getString("ticket_id"),
        rs.getString("customer_id"),
        EventType.fromId(rs.getString("event_type")).orElseThrow(),
        Timestamps.read(rs, "occurred_at"),
        Timestamps.read(rs, "recorded_at"),
        rs.getString("recorded_by"),
        rs.getString("priority"),
        status == null ? null : TicketStatus.fromId(status).orElseThrow(),
        isPublic == null ? null : rs.getBoolean("is_public"),
        Timestamps.read(rs, "excluded_from"),
        Timestamps.read(rs, "excluded_to"),
        rs.getString("reason"),
        metrics == null
            ? List.of()
            : Arrays.stream(metrics.split(",")).map(m -> Metric.fromId(m).orElseThrow()).toList());
  }

  private static org.accordo.core.clock.TicketEvent coreEvent(ResultSet rs, int n)
      throws SQLException {
    String ticket = rs.getString("ticket_id");
    String id = rs.getString("id");
    Instant at = Timestamps.read(rs, "occurred_at");
    EventType type = EventType.fromId(rs.getString("event_type")).orElseThrow();
    return switch (type) {
      case CREATED ->
          org.accordo.core.clock.TicketEvent.created(ticket, id, at, rs.getString("priority"));
      case PRIORITY_CHANGED ->
          org.accordo.core.clock.TicketEvent.priorityChanged(
              ticket, id, at, rs.getString("priority"));
      case STATUS_CHANGED ->
          org.accordo.core.clock.TicketEvent.statusChanged(
              ticket, id, at, TicketStatus.fromId(rs.getString("status")).orElseThrow());
      case AGENT_REPLIED ->
          org.accordo.core.clock.TicketEvent.agentReplied(
              ticket,
              id,
              at,
              rs.getBoolean("is_public") ? ReplyVisibility.PUBLIC : ReplyVisibility.INTERNAL);
      case EXCLUDED ->
          org.accordo.core.clock.TicketEvent.excluded(
              ticket,
              id,
              at,
              new Exclusion(
                  Timestamps.read(rs, "excluded_from"),
                  Timestamps.read(rs, "excluded_to"),
                  rs.getString("reason"),
                  Set.copyOf(metrics(rs.getString("metrics")))));
      case CUSTOMER_REPLIED, PLAN_PROVIDED, CANCELLED ->
          org.accordo.core.clock.TicketEvent.of(ticket, id, type, at);
    };
  }

  private static List<Metric> metrics(String column) {
    return column == null
        ? List.of()
        : Arrays.stream(column.split(",")).map(m -> Metric.fromId(m).orElseThrow()).toList();
  }
}
