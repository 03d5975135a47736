package org.accordo.app.tickets;

import java.time.Instant;
import java.util.Optional;
import org.accordo.app.jdbc.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code event_idempotency} table: which event answered a ticket's Idempotency-Key, for which request. */
@Repository
class EventIdempotencyRepository {

  private static final String FIND = """
      SELECT request_hash, event_id FROM event_idempotency WHERE ticket_id = :ticketId AND idempotency_key = :key""";
  private static final String INSERT = """
      INSERT INTO event_idempotency (ticket_id, idempotency_key, request_hash, event_id, customer_id, created_at)
      VALUES (:ticketId, :key, :hash, :eventId, :customerId, :createdAt)""";

  private final JdbcClient jdbc;

  EventIdempotencyRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The event stored for a key, with the hash of the request that stored it. */
  record Answered(String requestHash, String eventId) {}

  Optional<Answered> find(String ticketId, String key) {
    return jdbc.sql(FIND).param("ticketId", ticketId).param("key", key)
        .query((rs, n) -> new Answered(rs.getString("request_hash"), rs.getString("event_id")))
        .optional();
  }

  /** Records the answer; a concurrent request with the same key fails here on the primary key. */
  void insert(String ticketId, String key, String requestHash, TicketEvent event, Instant at) {
    jdbc.sql(INSERT)
        .param("ticketId", ticketId)
        .param("key", key)
        .param("hash", requestHash)
        .param("eventId", event.id())
        .param("customerId", event.customerId())
        .param("createdAt", Timestamps.of(at))
        .update();
  }
}
