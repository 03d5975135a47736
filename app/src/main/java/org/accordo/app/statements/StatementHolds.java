package org.accordo.app.statements;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.accordo.app.jdbc.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holds a customer's months: while a hold stands none of them is closed or computed again (the
 * worker claims no month of the customer), and its release asks for every closed month ending after
 * the earliest instant the holder stored to be computed again, once.
 *
 * <p>An import bringing in a customer's history holds its months from the end of its check to its
 * outcome: without it, the worker would close (or amend) months from half the imported tickets — a
 * final statement missing history that is stored minutes later, and a close per month of work
 * thrown away — and an import stores events without the late-change notice live events give, so the
 * months it fills would never be computed again.
 */
@Service
public class StatementHolds {

  private static final String HOLDS =
      "SELECT COUNT(*) FROM statement_hold WHERE customer_id = :customerId AND held_by = :heldBy";
  private static final String HOLD =
      """
      INSERT INTO statement_hold (customer_id, held_by, held_since)
      VALUES (:customerId, :heldBy, :now)""";
  private static final String REACHES_BACK =
      """
      UPDATE statement_hold SET reaches_back = :at
       WHERE customer_id = :customerId AND held_by = :heldBy
         AND (reaches_back IS NULL OR reaches_back > :at)""";
  private static final String HELD =
      """
      SELECT reaches_back FROM statement_hold
       WHERE customer_id = :customerId AND held_by = :heldBy FOR UPDATE""";
  private static final String RELEASE =
      "DELETE FROM statement_hold WHERE customer_id = :customerId AND held_by = :heldBy";

  private final JdbcClient jdbc;
  private final CloseRepository closes;

  StatementHolds(JdbcClient jdbc, CloseRepository closes) {
    this.jdbc = jdbc;
    this.closes = closes;
  }

  /** Holds the customer's months for {@code heldBy} (a second hold by the same holder is none). */
  @Transactional(propagation = Propagation.MANDATORY)
  public void hold(String customerId, String heldBy, Instant now) {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(heldBy, "heldBy");
    long held =
        jdbc.sql(HOLDS)
            .param("customerId", customerId)
            .param("heldBy", heldBy)
            .query(Long.class)
            .single();
    if (held == 0) {
      jdbc.sql(HOLD)
          .param("customerId", customerId)
          .param("heldBy", heldBy)
          .param("now", Timestamps.of(now))
          .update();
    }
  }

  /** Records that the holder stored something dated {@code at} (the earliest is kept). */
  @Transactional(propagation = Propagation.MANDATORY)
  public void reachesBack(String customerId, String heldBy, Instant at) {
    jdbc.sql(REACHES_BACK)
        .param("customerId", customerId)
        .param("heldBy", heldBy)
        .param("at", Timestamps.of(at))
        .update();
  }

  /**
   * Ends the hold; the customer's months ending after the earliest instant the holder stored are
   * computed again (a closed one is amended when its numbers change), for {@code why}. Nothing
   * happens when there is no such hold.
   *
   * @return how many months are to be computed again
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public int release(String customerId, String heldBy, String why, Instant now) {
    Optional<Instant> reachesBack =
        jdbc.sql(HELD)
            .param("customerId", customerId)
            .param("heldBy", heldBy)
            .query((rs, n) -> Optional.ofNullable(Timestamps.read(rs, "reaches_back")))
            .optional()
            .flatMap(at -> at);
    jdbc.sql(RELEASE).param("customerId", customerId).param("heldBy", heldBy).update();
    return reachesBack.map(at -> closes.markRechecks(customerId, at, why, now)).orElse(0);
  }
}
