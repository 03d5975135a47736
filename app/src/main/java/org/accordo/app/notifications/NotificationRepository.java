package org.accordo.app.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accordo.app.jdbc.Timestamps;
import org.accordo.app.operations.NodeId;
import org.accordo.app.web.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code notification} table, the outbox. The dispatcher claims due rows with {@code FOR UPDATE
 * SKIP LOCKED}, so several nodes deliver different rows and none delivers a row twice at once.
 */
@Repository
class NotificationRepository {

  /** The sort keys of the list. */
  static final Map<String, String> SORTS =
      Map.of(
          "created_at", "created_at, id",
          "-created_at", "created_at DESC, id");

  private static final String COLUMNS =
      """
      id, escalation_id, customer_id, ticket_id, channel, recipient, subject, payload, state, attempts,
      next_attempt_at, last_error, created_at, delivered_at, delivered_by_node""";
  private static final String INSERT =
      "INSERT INTO notification ("
          + COLUMNS
          + """
      ) VALUES (:id, :escalationId, :customerId, :ticketId, :channel, :recipient, :subject, :payload, :state,
      :attempts, :nextAttemptAt, :lastError, :createdAt, :deliveredAt, :deliveredByNode)""";
  private static final String CLAIM_DUE =
      "SELECT "
          + COLUMNS
          + """
       FROM notification
      WHERE state = 'pending' AND next_attempt_at <= :now
      ORDER BY next_attempt_at, id
      FETCH FIRST :limit ROWS ONLY
      FOR UPDATE SKIP LOCKED""";
  private static final String DELIVERED =
      """
      UPDATE notification SET state = 'delivered', attempts = attempts + 1, next_attempt_at = NULL,
             delivered_at = :at, last_error = NULL, delivered_by_node = :node
       WHERE id = :id""";
  private static final String FAILED =
      """
      UPDATE notification SET state = :state, attempts = attempts + 1, next_attempt_at = :nextAttemptAt,
             last_error = :error, delivered_by_node = :node
       WHERE id = :id""";
  private static final String FIND = "SELECT " + COLUMNS + " FROM notification WHERE id = :id";
  private static final String FILTER =
      """
       WHERE (CAST(:customerId AS VARCHAR(64)) IS NULL OR customer_id = :customerId)
         AND (CAST(:ticketId AS VARCHAR(40)) IS NULL OR ticket_id = :ticketId)
         AND (CAST(:state AS VARCHAR(16)) IS NULL OR state = :state)""";
  private static final String PAGE =
      "SELECT " + COLUMNS + " FROM notification " + FILTER + " ORDER BY ";
  private static final String PAGE_END = " OFFSET :offset ROWS FETCH FIRST :size ROWS ONLY";
  private static final String COUNT = "SELECT COUNT(*) FROM notification " + FILTER;

  private final JdbcClient jdbc;

  NotificationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Filters of the list; a null field does not filter. */
  record Filter(String customerId, String ticketId, String state) {}

  void insert(Notification n) {
    jdbc.sql(INSERT)
        .param("id", n.id())
        .param("escalationId", n.escalationId())
        .param("customerId", n.customerId())
        .param("ticketId", n.ticketId())
        .param("channel", n.channel())
        .param("recipient", n.recipient())
        .param("subject", n.subject())
        .param("payload", n.payload())
        .param("state", n.state())
        .param("attempts", n.attempts())
        .param("nextAttemptAt", Timestamps.of(n.nextAttemptAt()))
        .param("lastError", n.lastError())
        .param("createdAt", Timestamps.of(n.createdAt()))
        .param("deliveredAt", Timestamps.of(n.deliveredAt()))
        .param("deliveredByNode", n.deliveredByNode())
        .update();
  }

  /** Up to {@code limit} pending rows due at {@code now}, locked until the transaction ends. */
  List<Notification> claimDue(Instant now, int limit) {
    return jdbc.sql(CLAIM_DUE)
        .param("now", Timestamps.of(now))
        .param("limit", limit)
        .query(NotificationRepository::row)
        .list();
  }

  /** Records the delivery, made by {@code node}. */
  void markDelivered(String id, Instant at, NodeId node) {
    jdbc.sql(DELIVERED)
        .param("id", id)
        .param("at", Timestamps.of(at))
        .param("node", node.value())
        .update();
  }

  /** Records a failed attempt of {@code node}: {@code nextAttemptAt} null makes the row dead. */
  void markFailed(String id, Instant nextAttemptAt, String error, NodeId node) {
    jdbc.sql(FAILED)
        .param("id", id)
        .param("node", node.value())
        .param("state", nextAttemptAt == null ? Notification.DEAD : Notification.PENDING)
        .param("nextAttemptAt", Timestamps.of(nextAttemptAt))
        .param("error", error.length() > 2000 ? error.substring(0, 2000) : error)
        .update();
  }

  Optional<Notification> find(String id) {
    return jdbc.sql(FIND).param("id", id).query(NotificationRepository::row).optional();
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
        .param("state", filter.state());
  }

  private static Notification row(ResultSet rs, int n) throws SQLException {
    return new Notification(
        rs.getString("id"),
        rs.getString("escalation_id"),
        rs.getString("customer_id"),
        rs.getString("ticket_id"),
        rs.getString("channel"),
        rs.getString("recipient"),
        rs.getString("subject"),
        rs.getString("payload"),
        rs.getString("state"),
        rs.getInt("attempts"),
        Timestamps.read(rs, "next_attempt_at"),
        rs.getString("last_error"),
        Timestamps.read(rs, "created_at"),
        Timestamps.read(rs, "delivered_at"),
        rs.getString("delivered_by_node"));
  }
}
