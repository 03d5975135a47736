package org.accordo.app.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accordo.app.jdbc.Timestamps;
import org.accordo.app.operations.NodeId;
import org.accordo.app.web.PageRequest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code notification} table, the outbox. The dispatcher claims due rows with {@code FOR UPDATE
 * SKIP LOCKED} and leases them (their attempt counted, their next attempt moved to the lease's end)
 * in one short transaction, delivers them outside it, and records each outcome only if the row is
 * still at the attempt it leased: a late outcome of a lease taken over is ignored.
 */
@Repository
class NotificationRepository {

  /** The sort keys of the list. */
  static final Map<String, String> SORTS =
      Map.of(
          "created_at", "created_at, id",
          "-created_at", "created_at DESC, id");

  /** Stands for "no destination" in {@code NOT IN}, which cannot take an empty list. */
  private static final String NO_DESTINATION = "";

  private static final String COLUMNS =
      """
      id, escalation_id, customer_id, ticket_id, ticket_external_id, ticket_subject, channel, recipient,
      destination, subject, payload, state, attempts, next_attempt_at, last_error, failure_reason,
      created_at, delivered_at, delivered_by_node, attachment""";
  private static final String INSERT =
      "INSERT INTO notification ("
          + COLUMNS
          + """
      ) VALUES (:id, :escalationId, :customerId, :ticketId, :ticketExternalId, :ticketSubject, :channel,
      :recipient, :destination, :subject, :payload, 'pending', 0, :nextAttemptAt, NULL, NULL,
      :createdAt, NULL, NULL, :attachment)""";
  private static final String CLAIM_DUE =
      "SELECT "
          + COLUMNS
          + """
       FROM notification
      WHERE state = 'pending' AND next_attempt_at <= :now
        AND (destination IS NULL OR destination NOT IN (:busy))
      ORDER BY next_attempt_at, id
      FETCH FIRST :limit ROWS ONLY
      FOR UPDATE SKIP LOCKED""";
  private static final String LEASE =
      """
      UPDATE notification SET attempts = attempts + 1, next_attempt_at = :until, delivered_by_node = :node
       WHERE id = :id AND state = 'pending' AND attempts = :attempts""";
  private static final String DELIVERED =
      """
      UPDATE notification SET state = 'delivered', next_attempt_at = NULL, delivered_at = :at,
             last_error = NULL, failure_reason = NULL, delivered_by_node = :node,
             payload = CASE WHEN customer_id IS NULL THEN '{}' ELSE payload END
       WHERE id = :id AND state = 'pending' AND attempts = :attempt""";
  private static final String FAILED =
      """
      UPDATE notification SET state = :state, next_attempt_at = :nextAttemptAt, last_error = :error,
             failure_reason = :reason, delivered_by_node = :node,
             payload = CASE WHEN customer_id IS NULL AND :state = 'dead' THEN '{}' ELSE payload END
       WHERE id = :id AND state = 'pending' AND attempts = :attempt""";
  private static final String FIND = "SELECT " + COLUMNS + " FROM notification WHERE id = :id";
  private static final String REVIVE =
      """
      UPDATE notification SET state = 'pending', attempts = 0, next_attempt_at = :now,
             delivered_by_node = NULL
       WHERE id = :id AND state = 'dead' AND customer_id IS NOT NULL""";
  private static final String FILTER =
      """
       WHERE customer_id IS NOT NULL
         AND (CAST(:customerId AS VARCHAR(64)) IS NULL OR customer_id = :customerId)
         AND (CAST(:ticketId AS VARCHAR(40)) IS NULL OR ticket_id = :ticketId)
         AND (CAST(:state AS VARCHAR(16)) IS NULL OR state = :state)""";
  private static final String PAGE =
      "SELECT " + COLUMNS + " FROM notification " + FILTER + " ORDER BY ";
  private static final String PAGE_END = " OFFSET :offset ROWS FETCH FIRST :size ROWS ONLY";
  private static final String COUNT = "SELECT COUNT(*) FROM notification " + FILTER;

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batch;

  /** Both on the same DataSource, so the batch joins the caller's transaction. */
  NotificationRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  /** Filters of the list; a null field does not filter. */
  record Filter(String customerId, String ticketId, DeliveryState state) {}

  /** Writes a notification not attempted yet. */
  void insert(Notification n) {
    jdbc.sql(INSERT)
        .param("id", n.id())
        .param("escalationId", n.escalationId())
        .param("customerId", n.customerId())
        .param("ticketId", n.ticket() == null ? null : n.ticket().id())
        .param("ticketExternalId", n.ticket() == null ? null : n.ticket().externalId())
        .param("ticketSubject", n.ticket() == null ? null : n.ticket().subject())
        .param("channel", n.channel())
        .param("recipient", n.recipient().address())
        .param("destination", n.recipient().destination())
        .param("subject", n.subject())
        .param("payload", n.payload())
        .param("nextAttemptAt", Timestamps.of(n.delivery().nextAttemptAt()))
        .param("createdAt", Timestamps.of(n.createdAt()))
        .param("attachment", n.attachment())
        .update();
  }

  /**
   * Up to {@code limit} pending rows due at {@code now} whose destination is not in {@code busy},
   * locked until the transaction ends (rows other transactions hold are skipped).
   */
  List<Notification> claimDue(Instant now, int limit, Collection<String> busy) {
    return jdbc.sql(CLAIM_DUE)
        .param("now", Timestamps.of(now))
        .param("busy", busy.isEmpty() ? List.of(NO_DESTINATION) : List.copyOf(busy))
        .param("limit", limit)
        .query(NotificationRepository::row)
        .list();
  }

  /**
   * Leases claimed rows to {@code node} until {@code until}, counting their attempt, in one batch.
   */
  void lease(List<Notification> claimed, Instant until, NodeId node) {
    if (claimed.isEmpty()) {
      return;
    }
    SqlParameterSource[] rows =
        claimed.stream()
            .map(
                n ->
                    new MapSqlParameterSource()
                        .addValue("id", n.id())
                        .addValue("attempts", n.delivery().attempts())
                        .addValue("until", Timestamps.of(until))
                        .addValue("node", node.value()))
            .toArray(SqlParameterSource[]::new);
    batch.batchUpdate(LEASE, rows);
  }

  /**
   * Records the delivery of attempt {@code attempt}, made by {@code node}; false when the row has
   * moved on since (its lease was taken over).
   */
  boolean markDelivered(String id, int attempt, Instant at, NodeId node) {
    return jdbc.sql(DELIVERED)
            .param("id", id)
            .param("attempt", attempt)
            .param("at", Timestamps.of(at))
            .param("node", node.value())
            .update()
        == 1;
  }

  /**
   * Records the failure of attempt {@code attempt} of {@code node}: {@code nextAttemptAt} null
   * makes the row dead. False when the row has moved on since.
   */
  boolean markFailed(
      String id, int attempt, Instant nextAttemptAt, DeliveryFailure failure, NodeId node) {
    DeliveryState state = nextAttemptAt == null ? DeliveryState.DEAD : DeliveryState.PENDING;
    return jdbc.sql(FAILED)
            .param("id", id)
            .param("attempt", attempt)
            .param("node", node.value())
            .param("state", state.id())
            .param("nextAttemptAt", Timestamps.of(nextAttemptAt))
            .param("error", failure.detail())
            .param("reason", failure.label())
            .update()
        == 1;
  }

  Optional<Notification> find(String id) {
    return jdbc.sql(FIND).param("id", id).query(NotificationRepository::row).optional();
  }

  /**
   * Makes a dead notification of an escalation pending again, due now, with its attempts counted
   * from zero (its last failure kept until the next attempt); false when it is not dead.
   */
  boolean revive(String id, Instant now) {
    return jdbc.sql(REVIVE).param("id", id).param("now", Timestamps.of(now)).update() == 1;
  }

  List<Notification> page(Filter filter, PageRequest request) {
    return bind(jdbc.sql(PAGE + SORTS.get(request.sort()) + PAGE_END), filter)
        .param("offset", request.offset())
        .param("size", request.size())
        .query(NotificationRepository::row)
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

  private static Notification row(ResultSet rs, int n) throws SQLException {
    String reason = rs.getString("failure_reason");
    String ticketId = rs.getString("ticket_id");
    return new Notification(
        rs.getString("id"),
        rs.getString("escalation_id"),
        rs.getString("customer_id"),
        ticketId == null
            ? null
            : new NotifiedTicket(
                ticketId, rs.getString("ticket_external_id"), rs.getString("ticket_subject")),
        rs.getString("channel"),
        new Recipient(rs.getString("recipient"), rs.getString("destination")),
        rs.getString("subject"),
        rs.getString("payload"),
        new Delivery(
            DeliveryState.of(rs.getString("state")),
            rs.getInt("attempts"),
            Timestamps.read(rs, "next_attempt_at"),
            reason == null ? null : DeliveryFailure.stored(reason, rs.getString("last_error")),
            Timestamps.read(rs, "delivered_at"),
            rs.getString("delivered_by_node")),
        Timestamps.read(rs, "created_at"),
        rs.getString("attachment"));
  }
}
