package org.accordo.app.clocks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accordo.app.jdbc.BulkInsert;
import org.accordo.app.jdbc.Timestamps;
import org.accordo.app.web.PageRequest;
import org.accordo.core.policy.Metric;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
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
  private static final String RECORDED =
      "SELECT ticket_id, metric, cycle, kind, at_fraction FROM escalation WHERE ticket_id IN (:ticketIds)";
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
  private final NamedParameterJdbcTemplate batch;

  /** Both on the same DataSource, so the batch joins the caller's transaction. */
  EscalationRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  /** Filters of the feed; a null field does not filter. */
  record Filter(String customerId, String ticketId, EscalationKind kind) {}

  /**
   * The {@link ClockDigest#escalationKey keys} of the tickets' recorded escalations and breaches,
   * by ticket id (a ticket with none is absent).
   */
  Map<String, Set<String>> recordedKeys(Collection<String> ticketIds) {
    Map<String, Set<String>> keys = new HashMap<>();
    if (ticketIds.isEmpty()) {
      return keys;
    }
    jdbc.sql(RECORDED)
        .param("ticketIds", ticketIds)
        .query(
            (RowCallbackHandler)
                rs ->
                    keys.computeIfAbsent(rs.getString("ticket_id"), id -> new HashSet<>())
                        .add(
                            ClockDigest.escalationKey(
                                rs.getString("metric"),
                                rs.getInt("cycle"),
                                rs.getString("kind"),
                                rs.getBigDecimal("at_fraction"))));
    return keys;
  }

  /**
   * Inserts the escalations in their order, by {@link BulkInsert} (a {@code COPY} on PostgreSQL):
   * an import's rebuild records some 300,000 at once.
   */
  void insertAll(List<Escalation> escalations) {
    BulkInsert.append(
        batch.getJdbcOperations(),
        "escalation",
        COLUMNS,
        escalations,
        (e, row) ->
            row.text(e.id())
                .text(e.ticketId())
                .text(e.customerId())
                .text(e.metric().id())
                .number(e.cycle())
                .text(e.kind().id())
                .decimal(e.atFraction())
                .text(e.level())
                .text(e.priority())
                .instant(e.occurredAt())
                .instant(e.recordedAt())
                .text(e.recordedByNode()));
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
