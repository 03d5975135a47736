package org.accordo.app.rca;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accordo.app.jdbc.Timestamps;
import org.accordo.app.web.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code rca}, {@code rca_ticket} and {@code rca_threshold} tables. The record's body is JSON
 * text, read and written whole.
 */
@Repository
class RcaRepository {

  /** The sort keys of the list. */
  static final Map<String, String> SORTS =
      Map.of(
          "due_at", "due_at, id",
          "-due_at", "due_at DESC, id",
          "opened_at", "opened_at, id",
          "-opened_at", "opened_at DESC, id");

  private static final String COLUMNS =
      "id, customer_id, state, opened_by, priority, calendar, opened_at, due_at, delivered_at,"
          + " answered_at, summary, root_cause, body, answer";
  private static final String INSERT =
      "INSERT INTO rca ("
          + COLUMNS
          + """
      ) VALUES (:id, :customerId, :state, :openedBy, :priority, :calendar, :openedAt, :dueAt,
      :deliveredAt, :answeredAt, :summary, :rootCause, :body, :answer)""";
  private static final String UPDATE =
      """
      UPDATE rca SET state = :state, delivered_at = :deliveredAt, answered_at = :answeredAt,
             summary = :summary, root_cause = :rootCause, body = :body, answer = :answer
       WHERE id = :id""";
  private static final String FIND = "SELECT " + COLUMNS + " FROM rca WHERE id = :id";
  private static final String LOCK = FIND + " FOR UPDATE";
  private static final String OF_PERIOD =
      "SELECT "
          + COLUMNS
          + """
       FROM rca WHERE customer_id = :customerId AND opened_at < :until
        AND (delivered_at IS NULL OR delivered_at >= :from)
      ORDER BY due_at, id""";
  private static final String TICKETS =
      "SELECT rca_id, ticket_id FROM rca_ticket WHERE rca_id IN (:ids) ORDER BY ticket_id";
  private static final String COVERING =
      "SELECT rca_id FROM rca_ticket WHERE ticket_id = :ticketId";
  private static final String ADD_TICKET =
      "INSERT INTO rca_ticket (ticket_id, rca_id, customer_id) VALUES (:ticketId, :rcaId, :customerId)";
  private static final String FILTER =
      """
       WHERE (CAST(:customerId AS VARCHAR(64)) IS NULL OR customer_id = :customerId)
         AND (CAST(:state AS VARCHAR(16)) IS NULL OR state = :state)
         AND (CAST(:dueBefore AS TIMESTAMP WITH TIME ZONE) IS NULL OR due_at < :dueBefore)""";
  private static final String PAGE = "SELECT " + COLUMNS + " FROM rca " + FILTER + " ORDER BY ";
  private static final String PAGE_END = " OFFSET :offset ROWS FETCH FIRST :size ROWS ONLY";
  private static final String COUNT = "SELECT COUNT(*) FROM rca " + FILTER;
  private static final String OPEN =
      "SELECT "
          + COLUMNS
          + """
       FROM rca WHERE state = 'draft'
        AND (CAST(:customerId AS VARCHAR(64)) IS NULL OR customer_id = :customerId)
        AND (CAST(:priority AS VARCHAR(32)) IS NULL OR priority = :priority)
        AND (CAST(:dueBefore AS TIMESTAMP WITH TIME ZONE) IS NULL OR due_at <= :dueBefore)
      ORDER BY due_at, id FETCH FIRST :size ROWS ONLY""";
  private static final String FIRST_THRESHOLDS =
      """
      SELECT rca_id, MIN(due_at) AS first_at FROM rca_threshold
       WHERE rca_id IN (:ids) AND kind = 'escalation' GROUP BY rca_id""";
  private static final String THRESHOLD_COLUMNS =
      "rca_id, kind, at_fraction, level, customer_id, due_at, recorded_at, recorded_by_node";
  private static final String INSERT_THRESHOLD =
      "INSERT INTO rca_threshold ("
          + THRESHOLD_COLUMNS
          + ") VALUES (:rcaId, :kind, :atFraction, :level, :customerId, :dueAt, NULL, NULL)";
  private static final String THRESHOLDS =
      "SELECT "
          + THRESHOLD_COLUMNS
          + " FROM rca_threshold WHERE rca_id = :rcaId ORDER BY due_at, at_fraction, kind";
  private static final String CLAIM_DUE =
      "SELECT "
          + THRESHOLD_COLUMNS
          + " FROM rca_threshold WHERE recorded_at IS NULL AND due_at <= :now"
          + " ORDER BY due_at FETCH FIRST :size ROWS ONLY FOR UPDATE SKIP LOCKED";
  private static final String RECORD =
      """
      UPDATE rca_threshold SET recorded_at = :recordedAt, recorded_by_node = :node
       WHERE rca_id = :rcaId AND kind = :kind AND at_fraction = :atFraction AND recorded_at IS NULL""";
  private static final String STOP =
      "DELETE FROM rca_threshold WHERE rca_id = :rcaId AND recorded_at IS NULL";

  private final JdbcClient jdbc;
  private final JsonMapper json;

  RcaRepository(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Filters of the list; a null field does not filter. */
  record Filter(String customerId, RcaState state, Instant dueBefore) {}

  void insert(Rca rca) {
    bindRca(jdbc.sql(INSERT), rca)
        .param("customerId", rca.customerId())
        .param("openedBy", rca.openedBy().id())
        .param("priority", rca.priority())
        .param("calendar", rca.calendar())
        .param("openedAt", Timestamps.of(rca.openedAt()))
        .param("dueAt", Timestamps.of(rca.dueAt()))
        .update();
    rca.tickets().forEach(t -> addTicket(rca, t));
  }

  void update(Rca rca) {
    bindRca(jdbc.sql(UPDATE), rca).update();
  }

  void addTicket(Rca rca, String ticketId) {
    jdbc.sql(ADD_TICKET)
        .param("ticketId", ticketId)
        .param("rcaId", rca.id())
        .param("customerId", rca.customerId())
        .update();
  }

  /** The id of the RCA covering the ticket, or empty. */
  Optional<String> covering(String ticketId) {
    return jdbc.sql(COVERING).param("ticketId", ticketId).query(String.class).optional();
  }

  Optional<Rca> find(String id) {
    return withTickets(jdbc.sql(FIND).param("id", id).query(this::row).list()).stream().findFirst();
  }

  /** The RCA, its row locked until the transaction ends: one change at a time. */
  Optional<Rca> lock(String id) {
    return withTickets(jdbc.sql(LOCK).param("id", id).query(this::row).list()).stream().findFirst();
  }

  List<Rca> page(Filter filter, PageRequest request) {
    return withTickets(
        bind(jdbc.sql(PAGE + SORTS.get(request.sort()) + PAGE_END), filter)
            .param("offset", request.offset())
            .param("size", request.size())
            .query(this::row)
            .list());
  }

  /**
   * The customer's RCAs opened before {@code until} and not delivered before {@code from}: those a
   * statement of {@code [from, until)} may list or credit.
   */
  List<Rca> ofPeriod(String customerId, Instant from, Instant until) {
    return withTickets(
        jdbc.sql(OF_PERIOD)
            .param("customerId", customerId)
            .param("from", Timestamps.of(from))
            .param("until", Timestamps.of(until))
            .query(this::row)
            .list());
  }

  /** The drafts of {@code filter}, due soonest first (index {@code rca_state_due}, V120). */
  List<Rca> open(OpenRca.Filter filter) {
    return withTickets(
        jdbc.sql(OPEN)
            .param("customerId", filter.customerId())
            .param("priority", filter.priority())
            .param("dueBefore", Timestamps.of(filter.dueBefore()))
            .param("size", filter.limit())
            .query(this::row)
            .list());
  }

  /** The instant of the first escalation threshold of each of the RCAs that has one. */
  Map<String, Instant> firstThresholds(List<String> rcaIds) {
    Map<String, Instant> first = new LinkedHashMap<>();
    if (rcaIds.isEmpty()) {
      return first;
    }
    jdbc.sql(FIRST_THRESHOLDS)
        .param("ids", rcaIds)
        .query((rs, n) -> first.put(rs.getString("rca_id"), Timestamps.read(rs, "first_at")))
        .list();
    return first;
  }

  long count(Filter filter) {
    return bind(jdbc.sql(COUNT), filter).query(Long.class).single();
  }

  void insertThreshold(RcaThreshold t) {
    jdbc.sql(INSERT_THRESHOLD)
        .param("rcaId", t.rcaId())
        .param("kind", t.kind())
        .param("atFraction", t.atFraction())
        .param("level", t.level())
        .param("customerId", t.customerId())
        .param("dueAt", Timestamps.of(t.dueAt()))
        .update();
  }

  List<RcaThreshold> thresholds(String rcaId) {
    return jdbc.sql(THRESHOLDS).param("rcaId", rcaId).query(RcaRepository::threshold).list();
  }

  /** Claims up to {@code size} due thresholds not recorded yet, skipping those another holds. */
  List<RcaThreshold> claimDue(Instant now, int size) {
    return jdbc.sql(CLAIM_DUE)
        .param("now", Timestamps.of(now))
        .param("size", size)
        .query(RcaRepository::threshold)
        .list();
  }

  /** Records a claimed threshold; false when it was recorded already. */
  boolean record(RcaThreshold t, Instant at, String node) {
    return jdbc.sql(RECORD)
            .param("recordedAt", Timestamps.of(at))
            .param("node", node)
            .param("rcaId", t.rcaId())
            .param("kind", t.kind())
            .param("atFraction", t.atFraction())
            .update()
        == 1;
  }

  /** Stops the RCA's clock: its thresholds not yet recorded are dropped. */
  void stop(String rcaId) {
    jdbc.sql(STOP).param("rcaId", rcaId).update();
  }

  private JdbcClient.StatementSpec bindRca(JdbcClient.StatementSpec statement, Rca rca) {
    return statement
        .param("id", rca.id())
        .param("state", rca.state().id())
        .param("deliveredAt", Timestamps.of(rca.deliveredAt()))
        .param("answeredAt", Timestamps.of(rca.answeredAt()))
        .param("summary", rca.summary())
        .param("rootCause", rca.rootCause())
        .param("body", json.writeValueAsString(rca.body()))
        .param("answer", rca.answer());
  }

  private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Filter filter) {
    return statement
        .param("customerId", filter.customerId())
        .param("state", filter.state() == null ? null : filter.state().id())
        .param("dueBefore", Timestamps.of(filter.dueBefore()));
  }

  private List<Rca> withTickets(List<Rca> rcas) {
    if (rcas.isEmpty()) {
      return rcas;
    }
    Map<String, List<String>> tickets = new LinkedHashMap<>();
    rcas.forEach(r -> tickets.put(r.id(), new ArrayList<>()));
    jdbc.sql(TICKETS)
        .param("ids", List.copyOf(tickets.keySet()))
        .query((rs, n) -> tickets.get(rs.getString("rca_id")).add(rs.getString("ticket_id")))
        .list();
    return rcas.stream()
        .map(
            r ->
                new Rca(
                    r.id(),
                    r.customerId(),
                    r.state(),
                    r.openedBy(),
                    r.priority(),
                    r.calendar(),
                    r.openedAt(),
                    r.dueAt(),
                    r.deliveredAt(),
                    r.answeredAt(),
                    r.summary(),
                    r.rootCause(),
                    r.body(),
                    r.answer(),
                    tickets.get(r.id())))
        .toList();
  }

  private Rca row(ResultSet rs, int n) throws SQLException {
    return new Rca(
        rs.getString("id"),
        rs.getString("customer_id"),
        RcaState.fromId(rs.getString("state")).orElseThrow(),
        RcaTrigger.fromId(rs.getString("opened_by")).orElseThrow(),
        rs.getString("priority"),
        rs.getString("calendar"),
        Timestamps.read(rs, "opened_at"),
        Timestamps.read(rs, "due_at"),
        Timestamps.read(rs, "delivered_at"),
        Timestamps.read(rs, "answered_at"),
        rs.getString("summary"),
        rs.getString("root_cause"),
        json.readValue(rs.getString("body"), RcaBody.class),
        rs.getString("answer"),
        List.of());
  }

  private static RcaThreshold threshold(ResultSet rs, int n) throws SQLException {
    BigDecimal fraction = rs.getBigDecimal("at_fraction").stripTrailingZeros();
    return new RcaThreshold(
        rs.getString("rca_id"),
        rs.getString("kind"),
        fraction,
        rs.getString("level"),
        rs.getString("customer_id"),
        Timestamps.read(rs, "due_at"),
        Timestamps.read(rs, "recorded_at"),
        rs.getString("recorded_by_node"));
  }
}
