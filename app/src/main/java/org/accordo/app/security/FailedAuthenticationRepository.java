package org.accordo.app.security;

import java.time.Instant;
import org.accordo.app.jdbc.Timestamps;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code failed_authentication} table: one row per subject and window, counting its failures.
 * Each statement commits alone, so nodes see each other's counts at once.
 */
@Repository
class FailedAuthenticationRepository {

  private static final String COUNT =
      """
      SELECT failures FROM failed_authentication
      WHERE subject = :subject AND window_start = :start""";
  private static final String ADD =
      """
      UPDATE failed_authentication SET failures = failures + 1
      WHERE subject = :subject AND window_start = :start""";
  private static final String FIRST =
      """
      INSERT INTO failed_authentication (subject, window_start, failures)
      VALUES (:subject, :start, 1)""";
  private static final String FORGET =
      "DELETE FROM failed_authentication WHERE window_start < :before";

  private final JdbcClient jdbc;

  FailedAuthenticationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The subject's failures in the window starting at {@code start}. */
  int count(String subject, Instant start) {
    return jdbc.sql(COUNT)
        .param("subject", subject)
        .param("start", Timestamps.of(start))
        .query(Integer.class)
        .optional()
        .orElse(0);
  }

  /**
   * Counts one more failure of the subject in the window, whichever node counted the others.
   *
   * @return true when it was the subject's first of the window (its row was created)
   */
  boolean increment(String subject, Instant start) {
    if (add(subject, start)) {
      return false;
    }
    try {
      jdbc.sql(FIRST).param("subject", subject).param("start", Timestamps.of(start)).update();
      return true;
    } catch (DuplicateKeyException anotherNodeFirst) {
      add(subject, start);
      return false;
    }
  }

  /** Forgets the windows that started before {@code before}: they count no more. */
  void forgetBefore(Instant before) {
    jdbc.sql(FORGET).param("before", Timestamps.of(before)).update();
  }

  private boolean add(String subject, Instant start) {
    return jdbc.sql(ADD).param("subject", subject).param("start", Timestamps.of(start)).update()
        == 1;
  }
}
