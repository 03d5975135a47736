package org.accordo.app.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.accordo.app.jdbc.Timestamps;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code failed_attempt} table: one counter per subject, changed by one statement at a time.
 */
@Repository
class FailedAttemptRepository {

  /** A subject's failures since the start of its window. */
  record Attempts(int failures, Instant windowStart) {}

  private static final String FIND =
      "SELECT failures, window_start FROM failed_attempt WHERE subject = :subject";
  private static final String COUNT =
      """
      UPDATE failed_attempt
         SET failures = CASE WHEN window_start > :windowOpenedAfter THEN failures + 1 ELSE 1 END,
             window_start = CASE WHEN window_start > :windowOpenedAfter THEN window_start ELSE :now END,
             updated_at = :now
       WHERE subject = :subject""";
  private static final String INSERT =
      """
      INSERT INTO failed_attempt (subject, failures, window_start, updated_at)
      VALUES (:subject, 1, :now, :now)""";
  private static final String CLEAR = "DELETE FROM failed_attempt WHERE subject = :subject";

  private final JdbcClient jdbc;

  FailedAttemptRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Attempts> find(String subject) {
    return jdbc.sql(FIND)
        .param("subject", subject)
        .query((rs, n) -> new Attempts(rs.getInt("failures"), Timestamps.read(rs, "window_start")))
        .optional();
  }

  /**
   * One more failure, atomically on the row (nodes counting at once each add theirs): the row is
   * updated, or inserted when there is none.
   *
   * @throws DuplicateKeyException when another node inserted the row meanwhile (the transaction is
   *     spoiled on PostgreSQL: count again in a new one)
   */
  void count(String subject, Instant now, Duration window) {
    if (update(subject, now, window) == 0) {
      jdbc.sql(INSERT).param("subject", subject).param("now", Timestamps.of(now)).update();
    }
  }

  private int update(String subject, Instant now, Duration window) {
    return jdbc.sql(COUNT)
        .param("subject", subject)
        .param("now", Timestamps.of(now))
        .param("windowOpenedAfter", Timestamps.of(now.minus(window)))
        .update();
  }

  void clear(String subject) {
    jdbc.sql(CLEAR).param("subject", subject).update();
  }
}
