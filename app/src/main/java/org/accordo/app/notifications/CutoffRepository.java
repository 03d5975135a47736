package org.accordo.app.notifications;

import java.time.Instant;
import java.util.Optional;
import org.accordo.app.jdbc.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code notification_cutoff} table: per customer, the instant notifications start from. */
@Repository
class CutoffRepository {

  private static final String FIND =
      "SELECT notify_from FROM notification_cutoff WHERE customer_id = :customerId";
  private static final String MOVE =
      """
      UPDATE notification_cutoff SET notify_from = :from, recorded_at = :at, recorded_by = :by
       WHERE customer_id = :customerId AND notify_from < :from""";
  private static final String INSERT =
      """
      INSERT INTO notification_cutoff (customer_id, notify_from, recorded_at, recorded_by)
      VALUES (:customerId, :from, :at, :by)""";

  private final JdbcClient jdbc;

  CutoffRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Instant> notifyFrom(String customerId) {
    return jdbc.sql(FIND)
        .param("customerId", customerId)
        .query((rs, n) -> Timestamps.read(rs, "notify_from"))
        .optional();
  }

  /** Sets the customer's cutoff to {@code from} unless it is later already. */
  void moveTo(String customerId, Instant from, Instant at, String by) {
    int moved =
        jdbc.sql(MOVE)
            .param("customerId", customerId)
            .param("from", Timestamps.of(from))
            .param("at", Timestamps.of(at))
            .param("by", by)
            .update();
    if (moved == 0 && notifyFrom(customerId).isEmpty()) {
      jdbc.sql(INSERT)
          .param("customerId", customerId)
          .param("from", Timestamps.of(from))
          .param("at", Timestamps.of(at))
          .param("by", by)
          .update();
    }
  }
}
