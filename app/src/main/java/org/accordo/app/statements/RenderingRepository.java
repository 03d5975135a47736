package org.accordo.app.statements;

import java.time.Instant;
import java.util.Optional;
import org.accordo.app.jdbc.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code statement_rendering} table: the statements whose PDFs are still to print and whose
 * e-mail is still to write, claimed one at a time like the closes.
 */
@Repository
class RenderingRepository {

  private static final String INSERT =
      """
      INSERT INTO statement_rendering (statement_id, customer_id, due_at, attempts)
      VALUES (:statementId, :customerId, :dueAt, 0)""";
  private static final String CLAIM =
      """
      SELECT statement_id FROM statement_rendering
       WHERE due_at <= :now
       ORDER BY due_at, statement_id
       FETCH FIRST 1 ROWS ONLY
       FOR UPDATE SKIP LOCKED""";
  private static final String DONE = "DELETE FROM statement_rendering WHERE statement_id = :id";
  private static final String FAILED =
      """
      UPDATE statement_rendering SET attempts = attempts + 1, due_at = :retryAt, last_error = :error
       WHERE statement_id = :id""";

  private final JdbcClient jdbc;

  RenderingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(StoredStatement statement, Instant dueAt) {
    jdbc.sql(INSERT)
        .param("statementId", statement.id())
        .param("customerId", statement.customerId())
        .param("dueAt", Timestamps.of(dueAt))
        .update();
  }

  /** The id of the statement due first, locked until the transaction ends. */
  Optional<String> claim(Instant now) {
    return jdbc.sql(CLAIM).param("now", Timestamps.of(now)).query(String.class).optional();
  }

  void done(String statementId) {
    jdbc.sql(DONE).param("id", statementId).update();
  }

  void failed(String statementId, Instant retryAt, String error) {
    String text = String.valueOf(error);
    jdbc.sql(FAILED)
        .param("id", statementId)
        .param("retryAt", Timestamps.of(retryAt))
        .param("error", text.length() > 2000 ? text.substring(0, 2000) : text)
        .update();
  }
}
