package org.accordo.app.clocks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.accordo.app.jdbc.Timestamps;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code clock} table: a ticket's rows are written under the lock of the ticket's
 * {@code ticket_sla} row ({@link TicketSlaRepository#lock}), only those that changed
 * ({@link #write}), or replaced as a whole.
 */
@Repository
class ClockRepository {

  private static final String COLUMNS = """
      ticket_id, metric, cycle, customer_id, priority, calendar, state, started_at, stopped_at, due_at, breached_at,
      target_seconds, elapsed_seconds, paused_seconds, remaining_seconds, next_check_at, computed_at, escalations,
      timeline""";
  private static final String DELETE = "DELETE FROM clock WHERE ticket_id = :ticketId";
  private static final String INSERT = "INSERT INTO clock (" + COLUMNS + """
      ) VALUES (:ticketId, :metric, :cycle, :customerId, :priority, :calendar, :state, :startedAt, :stoppedAt, :dueAt,
      :breachedAt, :target, :elapsed, :paused, :remaining, :nextCheckAt, :computedAt, :escalations, :timeline)""";
  private static final String UPDATE = """
      UPDATE clock SET customer_id = :customerId, priority = :priority, calendar = :calendar, state = :state,
             started_at = :startedAt, stopped_at = :stoppedAt, due_at = :dueAt, breached_at = :breachedAt,
             target_seconds = :target, elapsed_seconds = :elapsed, paused_seconds = :paused,
             remaining_seconds = :remaining, next_check_at = :nextCheckAt, computed_at = :computedAt,
             escalations = :escalations, timeline = :timeline
       WHERE ticket_id = :ticketId AND metric = :metric AND cycle = :cycle""";
  private static final String DELETE_ONE =
      "DELETE FROM clock WHERE ticket_id = :ticketId AND metric = :metric AND cycle = :cycle";
  private static final String OF_TICKET =
      "SELECT " + COLUMNS + " FROM clock WHERE ticket_id = :ticketId ORDER BY metric, cycle";
  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batch;

  /** Both on the same DataSource, so the batch joins the caller's transaction. */
  ClockRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  /** Deletes the ticket's rows and inserts {@code clocks} in one JDBC batch (one round trip, not one per row). */
  void replace(String ticketId, List<StoredClock> clocks) {
    jdbc.sql(DELETE).param("ticketId", ticketId).update();
    if (clocks.isEmpty()) {
      return;
    }
    batch.batchUpdate(INSERT, clocks.stream().map(ClockRepository::params).toArray(SqlParameterSource[]::new));
  }

  /**
   * Brings the ticket's rows from what {@code before} says is stored to {@code clocks}: inserts the
   * new rows, updates the changed ones (a clock not stopped always: its seconds are as of now) and
   * deletes the ones gone, one JDBC batch for each kind of statement; rows whose fingerprint is
   * unchanged are not written. With an unknown {@code before}, {@link #replace replaces} them all.
   *
   * @return the digest of the rows now stored
   */
  Map<String, String> write(String ticketId, Map<String, String> before, List<StoredClock> clocks) {
    Map<String, String> after = new LinkedHashMap<>();
    for (StoredClock c : clocks) {
      after.put(ClockDigest.key(c.metric(), c.cycle()), c.stoppedAt() == null ? ClockDigest.COUNTING : ClockDigest.fingerprint(c));
    }
    if (before == null) {
      replace(ticketId, clocks);
      return after;
    }
    List<SqlParameterSource> inserts = new ArrayList<>();
    List<SqlParameterSource> updates = new ArrayList<>();
    for (StoredClock c : clocks) {
      String key = ClockDigest.key(c.metric(), c.cycle());
      String stored = before.get(key);
      if (stored == null) {
        inserts.add(params(c));
      } else if (c.stoppedAt() == null || !stored.equals(after.get(key))) { // a counting clock's seconds are as of now
        updates.add(params(c));
      }
    }
    for (String gone : before.keySet()) {
      if (!after.containsKey(gone)) {
        int slash = gone.lastIndexOf('/');
        jdbc.sql(DELETE_ONE).param("ticketId", ticketId).param("metric", gone.substring(0, slash))
            .param("cycle", Integer.parseInt(gone.substring(slash + 1))).update();
      }
    }
    if (!updates.isEmpty()) {
      int[] counts = batch.batchUpdate(UPDATE, updates.toArray(SqlParameterSource[]::new));
      if (Arrays.stream(counts).anyMatch(count -> count == 0)) {
        // the table is not what the digest says (rows deleted behind its back): trust nothing, replace them all
        replace(ticketId, clocks);
        return after;
      }
    }
    if (!inserts.isEmpty()) {
      batch.batchUpdate(INSERT, inserts.toArray(SqlParameterSource[]::new));
    }
    return after;
  }

  private static SqlParameterSource params(StoredClock c) {
    return new MapSqlParameterSource()
        .addValue("ticketId", c.ticketId())
        .addValue("metric", c.metric())
        .addValue("cycle", c.cycle())
        .addValue("customerId", c.customerId())
        .addValue("priority", c.priority())
        .addValue("calendar", c.calendar())
        .addValue("state", c.state())
        .addValue("startedAt", Timestamps.of(c.startedAt()))
        .addValue("stoppedAt", Timestamps.of(c.stoppedAt()))
        .addValue("dueAt", Timestamps.of(c.dueAt()))
        .addValue("breachedAt", Timestamps.of(c.breachedAt()))
        .addValue("target", c.targetSeconds())
        .addValue("elapsed", c.elapsedSeconds())
        .addValue("paused", c.pausedSeconds())
        .addValue("remaining", c.remainingSeconds())
        .addValue("nextCheckAt", Timestamps.of(c.nextCheckAt()))
        .addValue("computedAt", Timestamps.of(c.computedAt()))
        .addValue("escalations", c.escalationsJson())
        .addValue("timeline", c.timelineJson());
  }

  List<StoredClock> ofTicket(String ticketId) {
    return jdbc.sql(OF_TICKET).param("ticketId", ticketId).query(ClockRepository::row).list();
  }

  private static StoredClock row(ResultSet rs, int n) throws SQLException {
    return new StoredClock(
        rs.getString("ticket_id"), rs.getString("metric"), rs.getInt("cycle"), rs.getString("customer_id"),
        rs.getString("priority"), rs.getString("calendar"), rs.getString("state"),
        Timestamps.read(rs, "started_at"), Timestamps.read(rs, "stopped_at"), Timestamps.read(rs, "due_at"),
        Timestamps.read(rs, "breached_at"), rs.getLong("target_seconds"), rs.getLong("elapsed_seconds"),
        rs.getLong("paused_seconds"), rs.getLong("remaining_seconds"), Timestamps.read(rs, "next_check_at"),
        Timestamps.read(rs, "computed_at"), rs.getString("escalations"), rs.getString("timeline"));
  }
}
