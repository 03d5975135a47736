package org.accordo.app.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.accordo.app.jdbc.Timestamps;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code monitor_run} table: when each monitor is next due, claimed by one node with {@code FOR
 * UPDATE SKIP LOCKED} and leased by moving {@code next_check_at} on (so a node that dies mid-check
 * leaves the check due again one interval later), and the run of results {@link Confirmation}
 * folds.
 */
@Repository
class MonitorRunRepository {

  private static final String INSERT =
      """
      INSERT INTO monitor_run (monitor_id, customer_id, active, customer_active, next_check_at,
                               state, failures, successes)
      VALUES (:monitorId, :customerId, :active, :customerActive, :next, 'unknown', 0, 0)""";
  private static final String CLAIM =
      """
      SELECT monitor_id, customer_id, next_check_at FROM monitor_run
       WHERE active AND next_check_at <= :now AND customer_active
         AND customer_id NOT IN (:saturated)
       ORDER BY next_check_at
       FETCH FIRST :limit ROWS ONLY
       FOR UPDATE SKIP LOCKED""";
  private static final String LEASE =
      "UPDATE monitor_run SET next_check_at = :next WHERE monitor_id = :monitorId";
  private static final String LOCK =
      """
      SELECT state, failures, successes, failing_since, first_failure, recovering_since, outage_id,
             last_check_at, last_ok, last_problem, last_status, last_latency_ms
        FROM monitor_run WHERE monitor_id = :monitorId AND customer_active FOR UPDATE""";
  private static final String READ =
      """
      SELECT monitor_id, state, failures, successes, failing_since, first_failure, recovering_since,
             outage_id, last_check_at, last_ok, last_problem, last_status, last_latency_ms
        FROM monitor_run WHERE customer_id = :customerId""";
  private static final String SAVE =
      """
      UPDATE monitor_run SET state = :state, failures = :failures, successes = :successes,
             failing_since = :failingSince, first_failure = :firstFailure,
             recovering_since = :recoveringSince, outage_id = :outageId,
             last_check_at = :lastAt, last_ok = :lastOk, last_problem = :lastProblem,
             last_status = :lastStatus, last_latency_ms = :lastLatency, last_node = :node
       WHERE monitor_id = :monitorId""";
  private static final String ACTIVATE =
      """
      UPDATE monitor_run SET active = :active, next_check_at = :next, failures = 0, successes = 0, failing_since = NULL, first_failure = NULL,
             recovering_since = NULL
       WHERE monitor_id = :monitorId""";

  private static final String HOLD =
      "UPDATE monitor_run SET customer_active = FALSE WHERE customer_id = :customerId";
  private static final String FORGET =
      """
      UPDATE monitor_run SET state = 'unknown', failures = 0, successes = 0, failing_since = NULL,
             first_failure = NULL, recovering_since = NULL, outage_id = NULL
       WHERE customer_id = :customerId""";
  private static final String RELEASE =
      """
      UPDATE monitor_run SET customer_active = TRUE, next_check_at = :next
       WHERE customer_id = :customerId""";

  private final JdbcClient jdbc;

  MonitorRunRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A check claimed by this node: which monitor, and when it was due. */
  record Claimed(String monitorId, String customerId, Instant due) {}

  /** Whether a monitor's customer is served: its runs are claimed only while it is. */
  enum CustomerServed {
    SERVED,
    DISABLED
  }

  void insert(
      String monitorId, String customerId, boolean active, CustomerServed served, Instant next) {
    jdbc.sql(INSERT)
        .param("monitorId", monitorId)
        .param("customerId", customerId)
        .param("active", active)
        .param("customerActive", served == CustomerServed.SERVED)
        .param("next", Timestamps.of(next))
        .update();
  }

  /** Stands for "no customer" in {@code NOT IN}, which cannot take an empty list. */
  private static final String NO_CUSTOMER = "";

  /** Due checks, locked until the caller's transaction ends; other nodes skip them. */
  List<Claimed> claimDue(Instant now, int limit) {
    return claimDue(now, limit, Set.of());
  }

  /** Due checks of customers other than {@code saturated}, locked like {@link #claimDue}. */
  List<Claimed> claimDue(Instant now, int limit, Set<String> saturated) {
    return jdbc.sql(CLAIM)
        .param("now", Timestamps.of(now))
        .param("saturated", saturated.isEmpty() ? List.of(NO_CUSTOMER) : List.copyOf(saturated))
        .param("limit", limit)
        .query(
            (rs, row) ->
                new Claimed(
                    rs.getString("monitor_id"),
                    rs.getString("customer_id"),
                    Timestamps.read(rs, "next_check_at")))
        .list();
  }

  void lease(String monitorId, Instant next) {
    jdbc.sql(LEASE).param("monitorId", monitorId).param("next", Timestamps.of(next)).update();
  }

  /**
   * Pauses or resumes a monitor: the run of results starts again (a paused time is no evidence
   * either way); the confirmed state and an open outage stay, for the next checks to confirm.
   */
  void activate(String monitorId, boolean active, Instant next) {
    jdbc.sql(ACTIVATE)
        .param("monitorId", monitorId)
        .param("active", active)
        .param("next", Timestamps.of(next))
        .update();
  }

  /**
   * Holds every run of a disabled customer (none is claimed, no result recorded), locking them for
   * the caller's transaction, so that a check ending meanwhile waits and is then dropped.
   */
  void holdCustomer(String customerId) {
    jdbc.sql(HOLD).param("customerId", customerId).update();
  }

  /**
   * Forgets what the customer's runs had confirmed (state unknown, no run of results, no open
   * outage): nothing is measured while it is disabled, so its checks confirm afresh once enabled.
   */
  void forgetCustomer(String customerId) {
    jdbc.sql(FORGET).param("customerId", customerId).update();
  }

  /**
   * Releases the runs of a customer enabled again: every monitor not paused is due at {@code next}.
   */
  void releaseCustomer(String customerId, Instant next) {
    jdbc.sql(RELEASE).param("customerId", customerId).param("next", Timestamps.of(next)).update();
  }

  /**
   * The run of results, locked for the caller's transaction; empty when the monitor is gone or its
   * customer is disabled.
   */
  Optional<MonitorRun> lock(String monitorId) {
    return jdbc.sql(LOCK).param("monitorId", monitorId).query(MonitorRunRepository::map).optional();
  }

  /** Every run of the customer's monitors, by monitor id. */
  List<IdentifiedRun> ofCustomer(String customerId) {
    return jdbc.sql(READ)
        .param("customerId", customerId)
        .query((rs, row) -> new IdentifiedRun(rs.getString("monitor_id"), map(rs, row)))
        .list();
  }

  /** A run with its monitor's id. */
  record IdentifiedRun(String monitorId, MonitorRun run) {}

  void save(String monitorId, MonitorRun run, String node) {
    CheckResult last = run.last().orElseThrow();
    jdbc.sql(SAVE)
        .paramSource(
            new MapSqlParameterSource()
                .addValue("monitorId", monitorId)
                .addValue("state", run.state().id())
                .addValue("failures", run.failures())
                .addValue("successes", run.successes())
                .addValue("failingSince", Timestamps.of(run.failingSince().orElse(null)))
                .addValue("firstFailure", run.firstFailure().orElse(null))
                .addValue("recoveringSince", Timestamps.of(run.recoveringSince().orElse(null)))
                .addValue("outageId", run.outageId().orElse(null))
                .addValue("lastAt", Timestamps.of(last.at()))
                .addValue("lastOk", last.ok())
                .addValue("lastProblem", last.problem().map(CheckProblem::id).orElse(null))
                .addValue("lastStatus", last.status().orElse(null))
                .addValue("lastLatency", last.latency().toMillis())
                .addValue("node", node))
        .update();
  }

  private static MonitorRun map(ResultSet rs, int row) throws SQLException {
    return new MonitorRun(
        ServiceState.of(rs.getString("state")),
        rs.getInt("failures"),
        rs.getInt("successes"),
        Optional.ofNullable(Timestamps.read(rs, "failing_since")),
        Optional.ofNullable(rs.getString("first_failure")),
        Optional.ofNullable(Timestamps.read(rs, "recovering_since")),
        Optional.ofNullable(rs.getString("outage_id")),
        last(rs));
  }

  private static Optional<CheckResult> last(ResultSet rs) throws SQLException {
    Instant at = Timestamps.read(rs, "last_check_at");
    if (at == null) {
      return Optional.empty();
    }
    Optional<CheckProblem> problem =
        Optional.ofNullable(rs.getString("last_problem")).flatMap(CheckProblem::of);
    int status = rs.getInt("last_status");
    Optional<Integer> code = rs.wasNull() ? Optional.empty() : Optional.of(status);
    CheckResult.Verdict verdict =
        !rs.getBoolean("last_ok")
            ? CheckResult.Verdict.DOWN
            : problem.isPresent() ? CheckResult.Verdict.WARN : CheckResult.Verdict.UP;
    return Optional.of(
        new CheckResult(
            at, verdict, problem, code, Duration.ofMillis(rs.getLong("last_latency_ms"))));
  }
}
