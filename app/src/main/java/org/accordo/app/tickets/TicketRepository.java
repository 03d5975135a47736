package org.accordo.app.tickets;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accordo.app.jdbc.Timestamps;
import org.accordo.app.web.PageRequest;
import org.accordo.core.policy.TicketStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code ticket} table. Filters are bound parameters ({@code NULL} means "any"); the {@code
 * ORDER BY} is one of {@link #SORTS}, chosen by key, never request text.
 */
@Repository
class TicketRepository {

  /** The sort keys of the ticket list and their SQL order. */
  static final Map<String, String> SORTS =
      Map.of(
          "opened_at", "opened_at, id",
          "-opened_at", "opened_at DESC, id",
          "updated_at", "updated_at, id",
          "-updated_at", "updated_at DESC, id",
          "priority", "priority, opened_at, id",
          "-priority", "priority DESC, opened_at, id",
          // the running clock due soonest (ClockSummary); tickets with none run last either way
          "due_at", "next_due_at NULLS LAST, id",
          "-due_at", "next_due_at DESC NULLS LAST, id");

  private static final String COLUMNS =
      "id, customer_id, external_id, subject, service, priority, status, opened_at,"
          + " cancelled_at, created_at, created_by, updated_at";
  private static final String INSERT =
      """
      INSERT INTO ticket (id, customer_id, external_id, subject, service, priority, status, opened_at,
                          created_at, created_by, updated_at)
      VALUES (:id, :customerId, :externalId, :subject, :service, :priority, :status, :openedAt,
              :createdAt, :createdBy, :updatedAt)""";
  private static final String FIND = "SELECT " + COLUMNS + " FROM ticket WHERE id = :id";
  private static final String FIND_ALL = "SELECT " + COLUMNS + " FROM ticket WHERE id IN (:ids)";
  private static final String FIND_BY_EXTERNAL =
      "SELECT "
          + COLUMNS
          + " FROM ticket WHERE customer_id = :customerId AND external_id = :externalId";
  private static final String FIND_BY_EXTERNALS =
      "SELECT "
          + COLUMNS
          + " FROM ticket WHERE customer_id = :customerId AND external_id IN (:externalIds)";
  private static final String EXTERNAL_TAKEN =
      "SELECT COUNT(*) FROM ticket WHERE customer_id = :customerId AND external_id = :externalId";
  private static final String FILTER =
      """
       WHERE (CAST(:customerId AS VARCHAR(64)) IS NULL OR customer_id = :customerId)
         AND (CAST(:status AS VARCHAR(32)) IS NULL OR status = :status)
         AND (CAST(:priority AS VARCHAR(32)) IS NULL OR priority = :priority)
         AND (CAST(:externalId AS VARCHAR(200)) IS NULL OR external_id = :externalId)
         AND (CAST(:dueBefore AS TIMESTAMP WITH TIME ZONE) IS NULL OR next_due_at <= :dueBefore)
         AND (CAST(:breached AS VARCHAR(5)) IS NULL
              OR (:breached = 'true' AND breached = TRUE)
              OR (:breached = 'false' AND breached = FALSE))""";
  private static final String PAGE = "SELECT " + COLUMNS + " FROM ticket " + FILTER + " ORDER BY ";
  private static final String PAGE_END = " OFFSET :offset ROWS FETCH FIRST :size ROWS ONLY";
  private static final String COUNT = "SELECT COUNT(*) FROM ticket " + FILTER;
  private static final String UPDATE_PROJECTION =
      """
      UPDATE ticket SET priority = :priority, status = :status, cancelled_at = :cancelledAt, updated_at = :updatedAt,
                        next_due_at = :nextDueAt, breached = :breached
      WHERE id = :id""";
  private static final String UPDATE_SUMMARY =
      "UPDATE ticket SET next_due_at = :nextDueAt, breached = :breached WHERE id = :id";
  private static final String TOUCH = "UPDATE ticket SET updated_at = updated_at WHERE id = :id";
  private static final String IDS_AFTER =
      "SELECT id FROM ticket WHERE id > :after ORDER BY id FETCH FIRST :size ROWS ONLY";
  private static final String OPENED_BETWEEN =
      """
      SELECT id FROM ticket
       WHERE customer_id = :customerId AND opened_at >= :from
         AND (CAST(:until AS TIMESTAMP WITH TIME ZONE) IS NULL OR opened_at < :until)
       ORDER BY id""";

  /**
   * Each status's latest tickets read backwards along {@code ticket_customer_status_updated}, then
   * the two short lists merged: one range of the index per status gives its order, where {@code
   * status IN (...)} made PostgreSQL read and sort every ticket closed in the month (12 ms for
   * 5,000).
   */
  /**
   * A customer's latest resolved or closed tickets: one backward range of {@code
   * ticket_customer_status_updated} per status, merged. The limit is written into the statement (a
   * number, {@code %1$d}) instead of bound: with a bound limit PostgreSQL's generic plan, which a
   * prepared statement gets after five executions, cannot know it reads only a few rows, and chose
   * to read and sort every ticket of the month (5 to 9 ms for 5,000 against 0.3 ms).
   */
  private static final String CLOSED_BETWEEN =
      "SELECT "
          + COLUMNS
          + " FROM (("
          + "SELECT "
          + COLUMNS
          + """
       FROM ticket
      WHERE customer_id = :customerId AND status = 'resolved'
        AND updated_at >= :from AND updated_at < :until
      ORDER BY updated_at DESC
      FETCH FIRST :size ROWS WITH TIES) UNION ALL ("""
          + "SELECT "
          + COLUMNS
          + """
       FROM ticket
      WHERE customer_id = :customerId AND status = 'closed'
        AND updated_at >= :from AND updated_at < :until
      ORDER BY updated_at DESC
      FETCH FIRST :size ROWS WITH TIES)) latest
      ORDER BY updated_at DESC, id
      FETCH FIRST :size ROWS ONLY""";

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batch;

  /** Both on the same DataSource, so a batch joins the caller's transaction. */
  TicketRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  /**
   * Filters of the ticket list; a null field does not filter.
   *
   * @param dueBefore tickets with a running clock due at or before this instant (at risk), by their
   *     {@link ClockSummary}
   * @param breached {@code true}: tickets with a breached clock; {@code false}: tickets without one
   */
  record Filter(
      String customerId,
      TicketStatus status,
      String priority,
      String externalId,
      Instant dueBefore,
      Boolean breached) {

    Filter forCustomer(String ownCustomerId) {
      return new Filter(ownCustomerId, status, priority, externalId, dueBefore, breached);
    }
  }

  void insert(Ticket ticket) {
    jdbc.sql(INSERT)
        .param("id", ticket.id())
        .param("customerId", ticket.customerId())
        .param("externalId", ticket.externalId())
        .param("subject", ticket.subject())
        .param("service", ticket.service())
        .param("priority", ticket.priority())
        .param("status", ticket.status().id())
        .param("openedAt", Timestamps.of(ticket.openedAt()))
        .param("createdAt", Timestamps.of(ticket.createdAt()))
        .param("createdBy", ticket.createdBy())
        .param("updatedAt", Timestamps.of(ticket.updatedAt()))
        .update();
  }

  /** Inserts tickets in one JDBC batch. */
  void insertAll(List<Ticket> rows) {
    batch.batchUpdate(
        INSERT,
        rows.stream()
            .map(
                t ->
                    new MapSqlParameterSource()
                        .addValue("id", t.id())
                        .addValue("customerId", t.customerId())
                        .addValue("externalId", t.externalId())
                        .addValue("subject", t.subject())
                        .addValue("service", t.service())
                        .addValue("priority", t.priority())
                        .addValue("status", t.status().id())
                        .addValue("openedAt", Timestamps.of(t.openedAt()))
                        .addValue("createdAt", Timestamps.of(t.createdAt()))
                        .addValue("createdBy", t.createdBy())
                        .addValue("updatedAt", Timestamps.of(t.updatedAt())))
            .toArray(SqlParameterSource[]::new));
  }

  /** The customer's tickets with these external ids, in one query. */
  List<Ticket> findByExternalIds(String customerId, Collection<String> externalIds) {
    return jdbc.sql(FIND_BY_EXTERNALS)
        .param("customerId", customerId)
        .param("externalIds", externalIds)
        .query(TicketRepository::row)
        .list();
  }

  Optional<Ticket> find(String id) {
    return jdbc.sql(FIND).param("id", id).query(TicketRepository::row).optional();
  }

  /** The tickets of {@code ids} that exist, by id, in one query. */
  Map<String, Ticket> findAll(Collection<String> ids) {
    Map<String, Ticket> found = new HashMap<>();
    jdbc.sql(FIND_ALL)
        .param("ids", ids)
        .query(TicketRepository::row)
        .list()
        .forEach(t -> found.put(t.id(), t));
    return found;
  }

  Optional<Ticket> findByExternalId(String customerId, String externalId) {
    return jdbc.sql(FIND_BY_EXTERNAL)
        .param("customerId", customerId)
        .param("externalId", externalId)
        .query(TicketRepository::row)
        .optional();
  }

  boolean externalIdTaken(String customerId, String externalId) {
    return jdbc.sql(EXTERNAL_TAKEN)
            .param("customerId", customerId)
            .param("externalId", externalId)
            .query(Long.class)
            .single()
        > 0;
  }

  List<Ticket> page(Filter filter, PageRequest request) {
    return bind(jdbc.sql(PAGE + SORTS.get(request.sort()) + PAGE_END), filter)
        .param("offset", request.offset())
        .param("size", request.size())
        .query(TicketRepository::row)
        .list();
  }

  long count(Filter filter) {
    return bind(jdbc.sql(COUNT), filter).query(Long.class).single();
  }

  /**
   * A ticket's fold of its events, its current priority, status and cancellation, with the summary
   * of its clocks.
   */
  record Projection(
      String id,
      String priority,
      TicketStatus status,
      Instant cancelledAt,
      Instant updatedAt,
      ClockSummary clocks) {

    Projection withClocks(ClockSummary summary) {
      return new Projection(id, priority, status, cancelledAt, updatedAt, summary);
    }
  }

  /** Stores the folds of several tickets' events, in one JDBC batch. */
  void updateProjections(List<Projection> projections) {
    if (projections.isEmpty()) {
      return;
    }
    batch.batchUpdate(
        UPDATE_PROJECTION,
        projections.stream()
            .map(
                p ->
                    new MapSqlParameterSource()
                        .addValue("id", p.id())
                        .addValue("priority", p.priority())
                        .addValue("status", p.status().id())
                        .addValue("cancelledAt", Timestamps.of(p.cancelledAt()))
                        .addValue("updatedAt", Timestamps.of(p.updatedAt()))
                        .addValue("nextDueAt", Timestamps.of(p.clocks().nextDueAt()))
                        .addValue("breached", p.clocks().breached()))
            .toArray(SqlParameterSource[]::new));
  }

  /** Stores the summaries of several tickets' clocks, in one JDBC batch. */
  void updateSummaries(Map<String, ClockSummary> summaries) {
    if (summaries.isEmpty()) {
      return;
    }
    batch.batchUpdate(
        UPDATE_SUMMARY,
        summaries.entrySet().stream()
            .map(
                e ->
                    new MapSqlParameterSource()
                        .addValue("id", e.getKey())
                        .addValue("nextDueAt", Timestamps.of(e.getValue().nextDueAt()))
                        .addValue("breached", e.getValue().breached()))
            .toArray(SqlParameterSource[]::new));
  }

  /** Locks the ticket's row without changing it ({@link MeasuredTickets#lock}). */
  void touch(String id) {
    jdbc.sql(TOUCH).param("id", id).update();
  }

  List<String> idsAfter(String after, int size) {
    return jdbc.sql(IDS_AFTER).param("after", after).param("size", size).query(String.class).list();
  }

  List<String> openedBetween(String customerId, Instant from, Instant until) {
    return jdbc.sql(OPENED_BETWEEN)
        .param("customerId", customerId)
        .param("from", Timestamps.of(from))
        .param("until", Timestamps.of(until))
        .query(String.class)
        .list();
  }

  /**
   * The customer's resolved or closed tickets whose last event was recorded in {@code [from,
   * until)}, the latest first, at most {@code size}.
   */
  List<Ticket> closedBetween(String customerId, Instant from, Instant until, int size) {
    return jdbc.sql(CLOSED_BETWEEN)
        .param("customerId", customerId)
        .param("from", Timestamps.of(from))
        .param("until", Timestamps.of(until))
        .param("size", size)
        .query(TicketRepository::row)
        .list();
  }

  private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Filter filter) {
    return statement
        .param("customerId", filter.customerId())
        .param("status", filter.status() == null ? null : filter.status().id())
        .param("priority", filter.priority())
        .param("externalId", filter.externalId())
        .param("dueBefore", Timestamps.of(filter.dueBefore()))
        .param("breached", filter.breached() == null ? null : filter.breached().toString());
  }

  private static Ticket row(ResultSet rs, int n) throws SQLException {
    return new Ticket(
        rs.getString("id"),
        rs.getString("customer_id"),
        rs.getString("external_id"),
        rs.getString("subject"),
        rs.getString("service"),
        rs.getString("priority"),
        TicketStatus.fromId(rs.getString("status")).orElseThrow(),
        Timestamps.read(rs, "opened_at"),
        Timestamps.read(rs, "cancelled_at"),
        Timestamps.read(rs, "created_at"),
        rs.getString("created_by"),
        Timestamps.read(rs, "updated_at"));
  }
}
