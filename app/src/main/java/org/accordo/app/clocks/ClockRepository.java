package org.accordo.app.clocks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accordo.app.jdbc.BulkInsert;
import org.accordo.app.jdbc.Timestamps;
import org.accordo.core.clock.ClockState;
import org.accordo.core.policy.Metric;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code clock} table: a ticket's rows are written under the lock of the ticket's {@code
 * ticket_sla} row ({@link TicketSlaRepository#lock}), only those that changed ({@link #write}), or
 * replaced as a whole.
 */
@Repository
class ClockRepository {

  private static final String COLUMNS =
      """
      ticket_id, metric, cycle, customer_id, priority, calendar, state, started_at, stopped_at, due_at, breached_at,
      target_seconds, elapsed_seconds, paused_seconds, remaining_seconds, next_check_at, computed_at, escalations,
      timeline""";
  private static final String DELETE = "DELETE FROM clock WHERE ticket_id = :ticketId";
  private static final String UPDATE =
      """
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
  private static final String RUNNING_OF =
      "SELECT "
          + COLUMNS
          + " FROM clock WHERE ticket_id IN (:ticketIds) AND state = 'running' AND due_at IS NOT NULL"
          + " ORDER BY ticket_id, due_at, metric, cycle";
  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batch;

  /** Both on the same DataSource, so the batch joins the caller's transaction. */
  ClockRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  /**
   * Deletes the ticket's rows and inserts {@code clocks} in one JDBC batch (one round trip, not one
   * per row).
   */
  void replace(String ticketId, List<StoredClock> clocks) {
    jdbc.sql(DELETE).param("ticketId", ticketId).update();
    if (clocks.isEmpty()) {
      return;
    }
    insertAll(clocks);
  }

  /** A ticket's clocks to store, with the digest of its rows as stored (null: unknown). */
  record Write(String ticketId, Map<String, String> before, List<StoredClock> clocks) {}

  /**
   * Brings each ticket's rows from what its {@code before} says is stored to its {@code clocks}:
   * inserts the new rows, updates the changed ones (a clock not stopped always: its seconds are as
   * of now) and deletes the ones gone, one JDBC batch for each kind of statement across all the
   * tickets; rows whose fingerprint is unchanged are not written. A ticket with an unknown {@code
   * before}, or whose rows are not what it says (an update that finds no row), has its rows {@link
   * #replace replaced}.
   *
   * @return by ticket id, the digest of the rows now stored
   */
  Map<String, Map<String, String>> writeAll(List<Write> writes) {
    Map<String, Map<String, String>> digests = new HashMap<>();
    Map<String, List<StoredClock>> inserts = new LinkedHashMap<>();
    List<SqlParameterSource> updates = new ArrayList<>();
    List<String> updated = new ArrayList<>(); // the ticket of each update
    for (Write write : writes) {
      Map<String, String> after = digest(write.clocks());
      digests.put(write.ticketId(), after);
      if (write.before() == null) {
        continue;
      }
      for (StoredClock c : write.clocks()) {
        String key = ClockDigest.key(c.metric().id(), c.cycle());
        String stored = write.before().get(key);
        if (stored == null) {
          inserts.computeIfAbsent(write.ticketId(), id -> new ArrayList<>()).add(c);
        } else if (c.stoppedAt() == null
            || !stored.equals(after.get(key))) { // a counting clock's seconds are as of now
          updates.add(params(c));
          updated.add(write.ticketId());
        }
      }
      for (String gone : write.before().keySet()) {
        if (!after.containsKey(gone)) {
          int slash = gone.lastIndexOf('/');
          jdbc.sql(DELETE_ONE)
              .param("ticketId", write.ticketId())
              .param("metric", gone.substring(0, slash))
              .param("cycle", Integer.parseInt(gone.substring(slash + 1)))
              .update();
        }
      }
    }
    Set<String> mismatched =
        new HashSet<>(); // the table is not what the digest says (rows deleted behind its back)
    if (!updates.isEmpty()) {
      int[] counts = batch.batchUpdate(UPDATE, updates.toArray(SqlParameterSource[]::new));
      for (int i = 0; i < counts.length; i++) {
        if (counts[i] == 0) {
          mismatched.add(updated.get(i));
        }
      }
    }
    mismatched.forEach(inserts::remove);
    List<StoredClock> inserted = inserts.values().stream().flatMap(List::stream).toList();
    if (!inserted.isEmpty()) {
      insertAll(inserted);
    }
    for (Write write : writes) {
      if (write.before() == null || mismatched.contains(write.ticketId())) {
        replace(write.ticketId(), write.clocks()); // trust nothing stored: replace them all
      }
    }
    return digests;
  }

  /**
   * Each row's fingerprint by metric and cycle ({@link ClockDigest#COUNTING} for a clock not
   * stopped).
   */
  private static Map<String, String> digest(List<StoredClock> clocks) {
    Map<String, String> digest = new LinkedHashMap<>();
    for (StoredClock c : clocks) {
      digest.put(
          ClockDigest.key(c.metric().id(), c.cycle()),
          c.stoppedAt() == null ? ClockDigest.COUNTING : ClockDigest.fingerprint(c));
    }
    return digest;
  }

  /**
   * Inserts rows by {@link BulkInsert} (a {@code COPY} on PostgreSQL): an import's rebuild inserts
   * some 300,000, and batches of inserts spent most of the time binding each value.
   */
  private void insertAll(List<StoredClock> rows) {
    BulkInsert.append(
        batch.getJdbcOperations(),
        "clock",
        COLUMNS,
        rows,
        (c, row) ->
            row.text(c.ticketId())
                .text(c.metric().id())
                .number(c.cycle())
                .text(c.customerId())
                .text(c.priority())
                .text(c.calendar())
                .text(c.state().id())
                .instant(c.startedAt())
                .instant(c.stoppedAt())
                .instant(c.dueAt())
                .instant(c.breachedAt())
                .number(c.targetSeconds())
                .number(c.elapsedSeconds())
                .number(c.pausedSeconds())
                .number(c.remainingSeconds())
                .instant(c.nextCheckAt())
                .instant(c.computedAt())
                .text(c.escalationsJson())
                .text(c.timelineJson()));
  }

  private static SqlParameterSource params(StoredClock c) {
    return new MapSqlParameterSource()
        .addValue("ticketId", c.ticketId())
        .addValue("metric", c.metric().id())
        .addValue("cycle", c.cycle())
        .addValue("customerId", c.customerId())
        .addValue("priority", c.priority())
        .addValue("calendar", c.calendar())
        .addValue("state", c.state().id())
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

  /**
   * The running clocks with a due instant of the tickets, in one query: each ticket's soonest due
   * first.
   */
  List<StoredClock> runningOf(Collection<String> ticketIds) {
    if (ticketIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(RUNNING_OF).param("ticketIds", ticketIds).query(ClockRepository::row).list();
  }

  private static ClockState state(String id) {
    return Arrays.stream(ClockState.values())
        .filter(s -> s.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("a clock row in state '" + id + "'"));
  }

  private static StoredClock row(ResultSet rs, int n) throws SQLException {
    return new StoredClock(
        rs.getString("ticket_id"),
        Metric.fromId(rs.getString("metric")).orElseThrow(),
        rs.getInt("cycle"),
        rs.getString("customer_id"),
        rs.getString("priority"),
        rs.getString("calendar"),
        state(rs.getString("state")),
        Timestamps.read(rs, "started_at"),
        Timestamps.read(rs, "stopped_at"),
        Timestamps.read(rs, "due_at"),
        Timestamps.read(rs, "breached_at"),
        rs.getLong("target_seconds"),
        rs.getLong("elapsed_seconds"),
        rs.getLong("paused_seconds"),
        rs.getLong("remaining_seconds"),
        Timestamps.read(rs, "next_check_at"),
        Timestamps.read(rs, "computed_at"),
        rs.getString("escalations"),
        rs.getString("timeline"));
  }
}
