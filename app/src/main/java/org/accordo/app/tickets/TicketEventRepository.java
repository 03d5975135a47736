package org.accordo.app.tickets;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accordo.app.eventcodec.EventCodec;
import org.accordo.app.eventcodec.EventPayload;
import org.accordo.app.jdbc.BulkInsert;
import org.accordo.app.jdbc.Timestamps;
import org.accordo.core.clock.EventType;
import org.accordo.core.clock.TicketEvent;
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

  /** The columns {@link #insertAll} writes, in its order. */
  private static final String INSERTED =
      "id, ticket_id, customer_id, event_type, occurred_at, recorded_at, recorded_by, priority,"
          + " status, is_public, excluded_from, excluded_to, reason, metrics";

  private static final String OF_TICKET =
      "SELECT "
          + COLUMNS
          + " FROM ticket_event WHERE ticket_id = :ticketId ORDER BY occurred_at, seq";
  private static final String FIND = "SELECT " + COLUMNS + " FROM ticket_event WHERE id = :id";
  private static final String EXISTING = "SELECT id FROM ticket_event WHERE id IN (:ids)";
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
  StoredEvent append(StoredEvent event) {
    return appendAll(List.of(event)).get(0);
  }

  /**
   * Appends events in one JDBC batch; their {@code seq} follow the list's order.
   *
   * @return the events as stored, with their {@code seq}, in the same order
   */
  List<StoredEvent> appendAll(List<StoredEvent> events) {
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
    List<StoredEvent> stored = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      stored.add(
          events.get(i).withSeq(((Number) keys.get(i).values().iterator().next()).longValue()));
    }
    return stored;
  }

  /**
   * Appends events without reading their {@code seq} back, in the list's order ({@link BulkInsert}:
   * a {@code COPY} on PostgreSQL): for history whose order of arrival is the list's, which needs no
   * seq in return.
   */
  void insertAll(List<StoredEvent> events) {
    BulkInsert.append(
        batch.getJdbcOperations(),
        "ticket_event",
        INSERTED,
        events,
        (event, row) ->
            row.text(event.id())
                .text(event.ticketId())
                .text(event.customerId())
                .text(event.type().id())
                .instant(event.at())
                .instant(event.recordedAt())
                .text(event.recordedBy())
                .text(event.priority())
                .text(event.status() == null ? null : event.status().id())
                .bool(event.isPublic())
                .instant(event.from())
                .instant(event.to())
                .text(event.reason())
                .text(EventCodec.metricsColumn(event.metrics())));
  }

  private static SqlParameterSource params(StoredEvent event) {
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
        .addValue("metrics", EventCodec.metricsColumn(event.metrics()));
  }

  /** The ticket's events in fold order. */
  List<StoredEvent> ofTicket(String ticketId) {
    return jdbc.sql(OF_TICKET).param("ticketId", ticketId).query(TicketEventRepository::row).list();
  }

  /**
   * Every event of several tickets, each ticket's in arrival order ({@code seq}), as core events,
   * in one query; a ticket without events is missing.
   */
  Map<String, List<TicketEvent>> histories(Collection<String> ticketIds) {
    Map<String, List<TicketEvent>> histories = new HashMap<>();
    jdbc.sql(HISTORIES)
        .param("ids", ticketIds)
        .query(TicketEventRepository::coreEvent)
        .list()
        .forEach(e -> histories.computeIfAbsent(e.ticket(), id -> new ArrayList<>()).add(e));
    return histories;
  }

  /** Those of the event ids that are stored, in one query. */
  java.util.Set<String> existing(Collection<String> ids) {
    return new java.util.HashSet<>(jdbc.sql(EXISTING).param("ids", ids).query(String.class).list());
  }

  Optional<StoredEvent> find(String id) {
    return jdbc.sql(FIND).param("id", id).query(TicketEventRepository::row).optional();
  }

  /**
   * A row's payload, as the event codec types it: the columns hold what the codec checked when the
   * event was appended, so they are read back without checking again.
   */
  private static EventPayload payload(ResultSet rs) throws SQLException {
    String status = rs.getString("status");
    Object isPublic = rs.getObject("is_public");
    return new EventPayload(
        rs.getString("priority"),
        status == null ? null : TicketStatus.fromId(status).orElseThrow(),
        isPublic == null ? null : rs.getBoolean("is_public"),
        Timestamps.read(rs, "excluded_from"),
        Timestamps.read(rs, "excluded_to"),
        rs.getString("reason"),
        EventCodec.metricsOfColumn(rs.getString("metrics")));
  }

  private static EventType type(ResultSet rs) throws SQLException {
    return EventType.fromId(rs.getString("event_type")).orElseThrow();
  }

  private static StoredEvent row(ResultSet rs, int n) throws SQLException {
    return StoredEvent.of(
        rs.getLong("seq"),
        rs.getString("id"),
        rs.getString("ticket_id"),
        rs.getString("customer_id"),
        type(rs),
        Timestamps.read(rs, "occurred_at"),
        Timestamps.read(rs, "recorded_at"),
        rs.getString("recorded_by"),
        payload(rs));
  }

  /** A row as the clock engine folds it, through the one event codec. */
  static TicketEvent coreEvent(ResultSet rs, int n) throws SQLException {
    return EventCodec.toCore(
        rs.getString("ticket_id"),
        rs.getString("id"),
        type(rs),
        Timestamps.read(rs, "occurred_at"),
        payload(rs));
  }
}
