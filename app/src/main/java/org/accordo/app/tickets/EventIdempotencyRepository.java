package org.accordo.app.tickets;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.accordo.app.jdbc.Timestamps;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code event_idempotency} table: which event answered a ticket's Idempotency-Key, for which
 * request.
 */
@Repository
class EventIdempotencyRepository {

  private static final String FIND =
      """
      SELECT request_hash, event_id FROM event_idempotency WHERE ticket_id = :ticketId AND idempotency_key = :key""";
  private static final String INSERT =
      """
      INSERT INTO event_idempotency (ticket_id, idempotency_key, request_hash, event_id, customer_id, created_at)
      VALUES (:ticketId, :key, :hash, :eventId, :customerId, :createdAt)""";

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batch;

  /** Both on the same DataSource, so a batch joins the caller's transaction. */
  EventIdempotencyRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  /** The event stored for a key, with the hash of the request that stored it. */
  record Answered(String requestHash, String eventId) {}

  Optional<Answered> find(String ticketId, String key) {
    return jdbc.sql(FIND)
        .param("ticketId", ticketId)
        .param("key", key)
        .query((rs, n) -> new Answered(rs.getString("request_hash"), rs.getString("event_id")))
        .optional();
  }

  /** A key's answer to record: the event stored for the request with that hash. */
  record Answer(String ticketId, String key, String requestHash, StoredEvent event, Instant at) {}

  /**
   * Records answers in one JDBC batch, in ticket and key order (so two nodes recording overlapping
   * keys wait for each other in one order, never in a cycle); a concurrent request with the same
   * key fails here on the primary key.
   */
  void insertAll(List<Answer> answers) {
    if (answers.isEmpty()) {
      return;
    }
    batch.batchUpdate(
        INSERT,
        answers.stream()
            .sorted(Comparator.comparing(Answer::ticketId).thenComparing(Answer::key))
            .map(
                a ->
                    new MapSqlParameterSource()
                        .addValue("ticketId", a.ticketId())
                        .addValue("key", a.key())
                        .addValue("hash", a.requestHash())
                        .addValue("eventId", a.event().id())
                        .addValue("customerId", a.event().customerId())
                        .addValue("createdAt", Timestamps.of(a.at())))
            .toArray(SqlParameterSource[]::new));
  }
}
