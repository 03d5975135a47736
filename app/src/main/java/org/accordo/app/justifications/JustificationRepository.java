package org.accordo.app.justifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accordo.app.jdbc.Timestamps;
import org.accordo.app.web.PageRequest;
import org.accordo.core.policy.Metric;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code justification} table: inserted when asked, updated once when decided. */
@Repository
class JustificationRepository {

  /** The sort keys of the list. */
  static final Map<String, String> SORTS =
      Map.of("asked_at", "asked_at, id", "-asked_at", "asked_at DESC, id");

  private static final String COLUMNS =
      "id, customer_id, ticket_id, metric, cycle, reason, evidence, excluded_from, excluded_to,"
          + " state, asked_by, asked_at, decided_by, decided_at, decision_note, event_id";
  private static final String INSERT =
      "INSERT INTO justification ("
          + COLUMNS
          + """
      ) VALUES (:id, :customerId, :ticketId, :metric, :cycle, :reason, :evidence, :excludedFrom,
      :excludedTo, :state, :askedBy, :askedAt, NULL, NULL, NULL, NULL)""";
  private static final String FIND = "SELECT " + COLUMNS + " FROM justification WHERE id = :id";
  private static final String LOCK = FIND + " FOR UPDATE";
  private static final String DECIDE =
      """
      UPDATE justification
         SET state = :state, decided_by = :decidedBy, decided_at = :decidedAt,
             decision_note = :note, event_id = :eventId
       WHERE id = :id AND state = 'requested'""";
  private static final String FILTER =
      """
       WHERE (CAST(:customerId AS VARCHAR(64)) IS NULL OR customer_id = :customerId)
         AND (CAST(:ticketId AS VARCHAR(40)) IS NULL OR ticket_id = :ticketId)
         AND (CAST(:state AS VARCHAR(16)) IS NULL OR state = :state)""";
  private static final String PAGE =
      "SELECT " + COLUMNS + " FROM justification " + FILTER + " ORDER BY ";
  private static final String PAGE_END = " OFFSET :offset ROWS FETCH FIRST :size ROWS ONLY";
  private static final String COUNT = "SELECT COUNT(*) FROM justification " + FILTER;

  private final JdbcClient jdbc;

  JustificationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Filters of the list; a null field does not filter. */
  record Filter(String customerId, String ticketId, JustificationState state) {}

  void insert(Justification j) {
    jdbc.sql(INSERT)
        .param("id", j.id())
        .param("customerId", j.customerId())
        .param("ticketId", j.ticketId())
        .param("metric", j.metric().id())
        .param("cycle", j.cycle())
        .param("reason", j.reason().id())
        .param("evidence", j.evidence())
        .param("excludedFrom", Timestamps.of(j.excludedFrom()))
        .param("excludedTo", Timestamps.of(j.excludedTo()))
        .param("state", j.state().id())
        .param("askedBy", j.askedBy())
        .param("askedAt", Timestamps.of(j.askedAt()))
        .update();
  }

  Optional<Justification> find(String id) {
    return jdbc.sql(FIND).param("id", id).query(JustificationRepository::row).optional();
  }

  /** The request, its row locked until the transaction ends: one decision at a time. */
  Optional<Justification> lock(String id) {
    return jdbc.sql(LOCK).param("id", id).query(JustificationRepository::row).optional();
  }

  /** Records the decision of a request still requested; false when another decided it first. */
  boolean decide(Justification decided) {
    return jdbc.sql(DECIDE)
            .param("id", decided.id())
            .param("state", decided.state().id())
            .param("decidedBy", decided.decidedBy())
            .param("decidedAt", Timestamps.of(decided.decidedAt()))
            .param("note", decided.decisionNote())
            .param("eventId", decided.eventId())
            .update()
        == 1;
  }

  List<Justification> page(Filter filter, PageRequest request) {
    return bind(jdbc.sql(PAGE + SORTS.get(request.sort()) + PAGE_END), filter)
        .param("offset", request.offset())
        .param("size", request.size())
        .query(JustificationRepository::row)
        .list();
  }

  long count(Filter filter) {
    return bind(jdbc.sql(COUNT), filter).query(Long.class).single();
  }

  private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Filter filter) {
    return statement
        .param("customerId", filter.customerId())
        .param("ticketId", filter.ticketId())
        .param("state", filter.state() == null ? null : filter.state().id());
  }

  private static Justification row(ResultSet rs, int n) throws SQLException {
    return new Justification(
        rs.getString("id"),
        rs.getString("customer_id"),
        rs.getString("ticket_id"),
        Metric.fromId(rs.getString("metric")).orElseThrow(),
        rs.getInt("cycle"),
        ReasonCode.fromId(rs.getString("reason")).orElseThrow(),
        rs.getString("evidence"),
        Timestamps.read(rs, "excluded_from"),
        Timestamps.read(rs, "excluded_to"),
        JustificationState.fromId(rs.getString("state")).orElseThrow(),
        rs.getString("asked_by"),
        Timestamps.read(rs, "asked_at"),
        rs.getString("decided_by"),
        Timestamps.read(rs, "decided_at"),
        rs.getString("decision_note"),
        rs.getString("event_id"));
  }
}
