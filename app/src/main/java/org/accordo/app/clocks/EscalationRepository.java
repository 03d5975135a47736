package org.accordo.app.clocks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accordo.app.jdbc.Timestamps;
import org.accordo.app.web.PageRequest;
import org.accordo.core.policy.Metric;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code escalation} table: inserted once per crossing, never changed. */
@Repository
class EscalationRepository {

  /** The sort keys of the feed. */
  static final Map<String, String> SORTS =
      Map.of(
          "recorded_at", "recorded_at, id",
          "-recorded_at", "recorded_at DESC, id",
          "occurred_at", "occurred_at, id",
          "-occurred_at", "occurred_at DESC, id");

  private static final String COLUMNS =
      "id, ticket_id, customer_id, metric, cycle, kind, at_fraction, level, priority, occurred_at, recorded_at,"
          + " recorded_by_node";
  private static final String EXISTS =
      """
      SELECT COUNT(*) FROM escalation
       WHERE ticket_id = :ticketId AND metric = :metric AND cycle = :cycle AND kind = :kind AND at_fraction = :atFraction""";
  private static final String RECORDED =
      "SELECT metric, cycle, kind, at_fraction FROM escalation WHERE ticket_id = :ticketId";
  private static final String INSERT =
      "INSERT INTO escalation ("
          + COLUMNS
          + """
      ) VALUES (:id, :ticketId, :customerId, :metric, :cycle, :kind, :atFraction, :level, :priority, :occurredAt,
      :recordedAt, :recordedByNode)""";
  private static final String FILTER =
      """
       WHERE (CAST(:customerId AS VARCHAR(64)) IS NULL OR customer_id = :customerId)
         AND (CAST(:ticketId AS VARCHAR(40)) IS NULL OR ticket_id = :ticketId)
         AND (CAST(:kind AS VARCHAR(16)) IS NULL OR kind = :kind)""";
  private static final String PAGE =
      "SELECT " + COLUMNS + " FROM escalation " + FILTER + " ORDER BY ";
  private static final String PAGE_END = " OFFSET :offset ROWS FETCH FIRST :size ROWS ONLY";
  private static final String COUNT = "SELECT COUNT(*) FROM escalation " + FILTER;

  private final JdbcClient jdbc;

  EscalationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Filters of the feed; a null field does not filter. */
  record Filter(String customerId, String ticketId, EscalationKind kind) {}

  /**
   * The {@link ClockDigest#escalationKey keys} of the ticket's recorded escalations and breaches.
   */
  Set<String> recordedKeys(String ticketId) {
    return new HashSet<>(
        jdbc.sql(RECORDED)
            .param("ticketId", ticketId)
            .query(
                (rs, n) ->
                    ClockDigest.escalationKey(
                        rs.getString("metric"),
                        rs.getInt("cycle"),
                        rs.getString("kind"),
                        rs.getBigDecimal("at_fraction")))
            .list());
  }

  boolean exists(Escalation e) {
    return jdbc.sql(EXISTS)
            .param("ticketId", e.ticketId())
            .param("metric", e.metric().id())
            .param("cycle", e.cycle())
            .param("kind", e.kind().id())
            .param("atFraction", e.atFraction())
            .query(Long.class)
            .single()
        > 0;
  }

  void insert(Escalation e) {
    jdbc.sql(INSERT)
        .param("id", e.id())
        .param("ticketId", e.ticketId())
        .param("customerId", e.customerId())
        .param("metric", e.metric().id())
        .param("cycle", e.cycle())
        .param("kind", e.kind().id())
        .param("atFraction", e.atFraction())
        .param("level", e.level())
        .param("priority", e.priority())
        .param("occurredAt", Timestamps.of(e.occurredAt()))
        .param("recordedAt", Timestamps.of(e.recordedAt()))
        .param("recordedByNode", e.recordedByNode())
        .update();
  }

  List<Escalation> page(Filter filter, PageRequest request) {
    return bind(jdbc.sql(PAGE + SORTS.get(request.sort()) + PAGE_END), filter)
        .param("offset", request.offset())
        .param("size", request.size())
        .query(EscalationRepository::row)
        .list();
  }

  long count(Filter filter) {
    return bind(jdbc.sql(COUNT), filter).query(Long.class).single();
  }

  private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Filter filter) {
    return statement
        .param("customerId", filter.customerId())
        .param("ticketId", filter.ticketId())
        .param("kind", filter.kind() == null ? null : filter.kind().id());
  }

  private static Escalation row(ResultSet rs, int n) throws SQLException {
    return new Escalation(
        rs.getString("id"),
        rs.getString("ticket_id"),
        rs.getString("customer_id"),
        Metric.fromId(rs.getString("metric")).orElseThrow(),
        rs.getInt("cycle"),
        EscalationKind.fromId(rs.getString("kind")).orElseThrow(),
        rs.getBigDecimal("at_fraction").stripTrailingZeros(),
        rs.getString("level"),
        rs.getString("priority"),
        Timestamps.read(rs, "occurred_at"),
        Timestamps.read(rs, "recorded_at"),
        rs.getString("recorded_by_node"));
  }
}
