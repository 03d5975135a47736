package org.accordo.app.statements;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.accordo.app.jdbc.Timestamps;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code statement_close} table: each customer-month to close, and whether a late change asks
 * for it to be computed again. Work is claimed one row at a time with {@code FOR UPDATE SKIP
 * LOCKED}, and done in the claiming transaction, so one node does each close and a node that dies
 * leaves the row due. A late change marks the rows of the months it reaches back to with one {@code
 * UPDATE}: it waits for a close in progress and a close waits for it, so a change is either read by
 * the close or marked for a recheck after it.
 */
@Repository
class CloseRepository {

  private static final String KEYS = "SELECT customer_id, period_month FROM statement_close";
  private static final String PLAN =
      """
      INSERT INTO statement_close (customer_id, period_month, period_end, state, due_at, attempts, planned_at)
      VALUES (:customerId, :month, :periodEnd, 'due', :dueAt, 0, :plannedAt)""";
  private static final String COLUMNS = "customer_id, period_month, period_end, recheck_reasons";
  private static final String CLAIM_DUE =
      "SELECT "
          + COLUMNS
          + """
       FROM statement_close
      WHERE state = 'due' AND due_at <= :now
        AND NOT EXISTS (SELECT 1 FROM statement_hold h WHERE h.customer_id = statement_close.customer_id)
      ORDER BY due_at, customer_id, period_month
      FETCH FIRST 1 ROWS ONLY
      FOR UPDATE SKIP LOCKED""";
  private static final String CLAIM_RECHECK =
      "SELECT "
          + COLUMNS
          + """
       FROM statement_close
      WHERE state = 'closed' AND recheck_due_at <= :now
        AND NOT EXISTS (SELECT 1 FROM statement_hold h WHERE h.customer_id = statement_close.customer_id)
      ORDER BY recheck_due_at, customer_id, period_month
      FETCH FIRST 1 ROWS ONLY
      FOR UPDATE SKIP LOCKED""";
  private static final String STARTED =
      """
      UPDATE statement_close SET started_at = :at
       WHERE customer_id = :customerId AND period_month = :month""";
  private static final String CLOSED =
      """
      UPDATE statement_close SET state = 'closed', closed_at = :at, last_error = NULL,
             recheck_due_at = NULL, recheck_reasons = NULL
       WHERE customer_id = :customerId AND period_month = :month""";
  private static final String FAILED =
      """
      UPDATE statement_close SET attempts = attempts + 1, due_at = :retryAt, last_error = :error
       WHERE customer_id = :customerId AND period_month = :month""";
  private static final String MARK =
      """
      UPDATE statement_close
         SET recheck_due_at = COALESCE(recheck_due_at, :now),
             recheck_reasons = CASE
               WHEN recheck_reasons IS NULL THEN :what
               WHEN LENGTH(recheck_reasons) > 3000 THEN recheck_reasons
               ELSE recheck_reasons || '; ' || :what END
       WHERE customer_id = :customerId AND period_end > :reachesBack""";
  private static final String RECHECKED =
      """
      UPDATE statement_close SET recheck_due_at = NULL, recheck_reasons = NULL, last_error = NULL
       WHERE customer_id = :customerId AND period_month = :month""";
  private static final String RECHECK_FAILED =
      """
      UPDATE statement_close SET recheck_due_at = :retryAt, last_error = :error
       WHERE customer_id = :customerId AND period_month = :month""";
  private static final String STATE =
      "SELECT state FROM statement_close WHERE customer_id = :customerId AND period_month = :month";

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batch;

  /** Both on the same DataSource, so a batch joins the caller's transaction. */
  CloseRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  /**
   * A claimed month.
   *
   * @param periodEnd the month's end in the contract's zone when it was planned
   * @param reasons the late changes that asked for a recheck, or null
   */
  record Claimed(StatementKey key, Instant periodEnd, String reasons) {}

  /** A month to plan: due for its close at {@code dueAt}. */
  record Planned(StatementKey key, Instant periodEnd, Instant dueAt) {}

  /** Every month planned so far. */
  Set<StatementKey> planned() {
    Set<StatementKey> keys = new HashSet<>();
    jdbc.sql(KEYS)
        .query(
            (ResultSet rs) -> {
              keys.add(
                  new StatementKey(
                      rs.getString("customer_id"), YearMonth.parse(rs.getString("period_month"))));
            });
    return keys;
  }

  /** Plans months, in one JDBC batch. */
  void plan(List<Planned> months, Instant now) {
    batch.batchUpdate(
        PLAN,
        months.stream()
            .map(
                p ->
                    new MapSqlParameterSource()
                        .addValue("customerId", p.key().customerId())
                        .addValue("month", p.key().month().toString())
                        .addValue("periodEnd", Timestamps.of(p.periodEnd()))
                        .addValue("dueAt", Timestamps.of(p.dueAt()))
                        .addValue("plannedAt", Timestamps.of(now)))
            .toArray(MapSqlParameterSource[]::new));
  }

  /** The month due first, locked until the transaction ends; empty when none is due. */
  Optional<Claimed> claimDue(Instant now) {
    return jdbc.sql(CLAIM_DUE)
        .param("now", Timestamps.of(now))
        .query(CloseRepository::claimed)
        .optional();
  }

  /** The closed month whose recheck is due first, locked; empty when none is. */
  Optional<Claimed> claimRecheck(Instant now) {
    return jdbc.sql(CLAIM_RECHECK)
        .param("now", Timestamps.of(now))
        .query(CloseRepository::claimed)
        .optional();
  }

  void started(StatementKey key, Instant at) {
    update(STARTED, key).param("at", Timestamps.of(at)).update();
  }

  void closed(StatementKey key, Instant at) {
    update(CLOSED, key).param("at", Timestamps.of(at)).update();
  }

  void failed(StatementKey key, Instant retryAt, String error) {
    update(FAILED, key)
        .param("retryAt", Timestamps.of(retryAt))
        .param("error", cut(error))
        .update();
  }

  /**
   * Asks for the customer's months that end after {@code reachesBack} to be computed again: a
   * closed one is rechecked, one still due reads the change when it closes.
   *
   * @return how many months the change reaches
   */
  int markRechecks(String customerId, Instant reachesBack, String what, Instant now) {
    return jdbc.sql(MARK)
        .param("customerId", customerId)
        .param("reachesBack", Timestamps.of(reachesBack))
        .param("what", what.length() > 400 ? what.substring(0, 400) : what)
        .param("now", Timestamps.of(now))
        .update();
  }

  void rechecked(StatementKey key) {
    update(RECHECKED, key).update();
  }

  void recheckFailed(StatementKey key, Instant retryAt, String error) {
    update(RECHECK_FAILED, key)
        .param("retryAt", Timestamps.of(retryAt))
        .param("error", cut(error))
        .update();
  }

  /** {@code due} or {@code closed}, or empty when the month is not planned. */
  Optional<String> state(StatementKey key) {
    return update(STATE, key).query(String.class).optional();
  }

  private JdbcClient.StatementSpec update(String sql, StatementKey key) {
    return jdbc.sql(sql)
        .param("customerId", key.customerId())
        .param("month", key.month().toString());
  }

  private static String cut(String error) {
    String text = String.valueOf(error);
    return text.length() > 2000 ? text.substring(0, 2000) : text;
  }

  private static Claimed claimed(ResultSet rs, int n) throws SQLException {
    return new Claimed(
        new StatementKey(
            rs.getString("customer_id"), YearMonth.parse(rs.getString("period_month"))),
        Timestamps.read(rs, "period_end"),
        rs.getString("recheck_reasons"));
  }
}
