package org.accordo.app.disputes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accordo.app.jdbc.Timestamps;
import org.accordo.app.web.PageRequest;
import org.accordo.core.policy.Metric;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code dispute} and {@code dispute_message} tables: a dispute inserted when opened and
 * updated once when decided; its thread appended to.
 */
@Repository
class DisputeRepository {

  /** The sort keys of the list. */
  static final Map<String, String> SORTS =
      Map.of("opened_at", "opened_at, id", "-opened_at", "opened_at DESC, id");

  private static final String COLUMNS =
      "id, customer_id, subject, ticket_id, metric, outage_id, credit_line_id, text, state,"
          + " opened_by, opened_at, decided_by, decided_at, decision_note, correction";
  private static final String INSERT =
      "INSERT INTO dispute ("
          + COLUMNS
          + """
      ) VALUES (:id, :customerId, :subject, :ticketId, :metric, :outageId, :creditLineId, :text,
      'open', :openedBy, :openedAt, NULL, NULL, NULL, NULL)""";
  private static final String FIND = "SELECT " + COLUMNS + " FROM dispute WHERE id = :id";
  private static final String LOCK = FIND + " FOR UPDATE";
  private static final String DECIDE =
      """
      UPDATE dispute
         SET state = :state, decided_by = :decidedBy, decided_at = :decidedAt,
             decision_note = :note, correction = :correction
       WHERE id = :id AND state = 'open'""";
  private static final String FILTER =
      """
       WHERE (CAST(:customerId AS VARCHAR(64)) IS NULL OR customer_id = :customerId)
         AND (CAST(:state AS VARCHAR(16)) IS NULL OR state = :state)
         AND (CAST(:from AS TIMESTAMP WITH TIME ZONE) IS NULL
              OR (opened_at >= :from AND opened_at < :until)
              OR (decided_at >= :from AND decided_at < :until))""";
  private static final String PAGE = "SELECT " + COLUMNS + " FROM dispute " + FILTER + " ORDER BY ";
  private static final String PAGE_END = " OFFSET :offset ROWS FETCH FIRST :size ROWS ONLY";
  private static final String COUNT = "SELECT COUNT(*) FROM dispute " + FILTER;
  private static final String OF_PERIOD = PAGE + "opened_at, id";
  private static final String MESSAGES =
      """
      SELECT dispute_id, seq, customer_id, author, by_staff, internal, text, written_at
        FROM dispute_message
       WHERE dispute_id = :id AND (CAST(:withInternal AS BOOLEAN) OR NOT internal)
       ORDER BY seq""";
  private static final String NEXT_SEQ =
      "SELECT COALESCE(MAX(seq), 0) + 1 FROM dispute_message WHERE dispute_id = :id";
  private static final String INSERT_MESSAGE =
      """
      INSERT INTO dispute_message
        (dispute_id, seq, customer_id, author, by_staff, internal, text, written_at)
      VALUES (:id, :seq, :customerId, :author, :byStaff, :internal, :text, :writtenAt)""";

  private final JdbcClient jdbc;

  DisputeRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Filters of the list; a null field does not filter.
   *
   * @param from with {@code until}: disputes opened or decided in {@code [from, until)}
   */
  record Filter(String customerId, DisputeState state, Instant from, Instant until) {}

  void insert(Dispute d) {
    jdbc.sql(INSERT)
        .param("id", d.id())
        .param("customerId", d.customerId())
        .param("subject", d.subject().id())
        .param("ticketId", d.ticketId())
        .param("metric", d.metric() == null ? null : d.metric().id())
        .param("outageId", d.outageId())
        .param("creditLineId", d.creditLineId())
        .param("text", d.text())
        .param("openedBy", d.openedBy())
        .param("openedAt", Timestamps.of(d.openedAt()))
        .update();
  }

  Optional<Dispute> find(String id) {
    return jdbc.sql(FIND).param("id", id).query(DisputeRepository::row).optional();
  }

  /** The dispute, its row locked until the transaction ends: one change at a time. */
  Optional<Dispute> lock(String id) {
    return jdbc.sql(LOCK).param("id", id).query(DisputeRepository::row).optional();
  }

  /** Records the decision of a dispute still open; false when another decided it first. */
  boolean decide(Dispute decided) {
    return jdbc.sql(DECIDE)
            .param("id", decided.id())
            .param("state", decided.state().id())
            .param("decidedBy", decided.decidedBy())
            .param("decidedAt", Timestamps.of(decided.decidedAt()))
            .param("note", decided.decisionNote())
            .param("correction", decided.correction())
            .update()
        == 1;
  }

  List<Dispute> page(Filter filter, PageRequest request) {
    return bind(jdbc.sql(PAGE + SORTS.get(request.sort()) + PAGE_END), filter)
        .param("offset", request.offset())
        .param("size", request.size())
        .query(DisputeRepository::row)
        .list();
  }

  /** Every dispute the filter takes, by opening (a customer's month holds few). */
  List<Dispute> all(Filter filter) {
    return bind(jdbc.sql(OF_PERIOD), filter).query(DisputeRepository::row).list();
  }

  long count(Filter filter) {
    return bind(jdbc.sql(COUNT), filter).query(Long.class).single();
  }

  /** The thread in order; internal notes only when asked for. */
  List<DisputeMessage> messages(String disputeId, boolean withInternal) {
    return jdbc.sql(MESSAGES)
        .param("id", disputeId)
        .param("withInternal", withInternal)
        .query(DisputeRepository::message)
        .list();
  }

  /** Appends a message (the dispute's row is locked by the caller): its seq is the next one. */
  DisputeMessage append(DisputeMessage unnumbered) {
    int seq = jdbc.sql(NEXT_SEQ).param("id", unnumbered.disputeId()).query(Integer.class).single();
    DisputeMessage m =
        new DisputeMessage(
            unnumbered.disputeId(),
            seq,
            unnumbered.customerId(),
            unnumbered.author(),
            unnumbered.byStaff(),
            unnumbered.internal(),
            unnumbered.text(),
            unnumbered.writtenAt());
    jdbc.sql(INSERT_MESSAGE)
        .param("id", m.disputeId())
        .param("seq", m.seq())
        .param("customerId", m.customerId())
        .param("author", m.author())
        .param("byStaff", m.byStaff())
        .param("internal", m.internal())
        .param("text", m.text())
        .param("writtenAt", Timestamps.of(m.writtenAt()))
        .update();
    return m;
  }

  private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Filter filter) {
    return statement
        .param("customerId", filter.customerId())
        .param("state", filter.state() == null ? null : filter.state().id())
        .param("from", filter.from() == null ? null : Timestamps.of(filter.from()))
        .param("until", filter.until() == null ? null : Timestamps.of(filter.until()));
  }

  private static Dispute row(ResultSet rs, int n) throws SQLException {
    String metric = rs.getString("metric");
    return new Dispute(
        rs.getString("id"),
        rs.getString("customer_id"),
        DisputeSubject.fromId(rs.getString("subject")).orElseThrow(),
        rs.getString("ticket_id"),
        metric == null ? null : Metric.fromId(metric).orElseThrow(),
        rs.getString("outage_id"),
        rs.getString("credit_line_id"),
        rs.getString("text"),
        DisputeState.fromId(rs.getString("state")).orElseThrow(),
        rs.getString("opened_by"),
        Timestamps.read(rs, "opened_at"),
        rs.getString("decided_by"),
        Timestamps.read(rs, "decided_at"),
        rs.getString("decision_note"),
        rs.getString("correction"));
  }

  private static DisputeMessage message(ResultSet rs, int n) throws SQLException {
    return new DisputeMessage(
        rs.getString("dispute_id"),
        rs.getInt("seq"),
        rs.getString("customer_id"),
        rs.getString("author"),
        rs.getBoolean("by_staff"),
        rs.getBoolean("internal"),
        rs.getString("text"),
        Timestamps.read(rs, "written_at"));
  }
}
