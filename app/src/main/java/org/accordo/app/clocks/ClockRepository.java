package org.accordo.app.clocks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.accordo.app.jdbc.Timestamps;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code clock} table: a ticket's rows are replaced as a whole, under the lock of the ticket's
 * {@code ticket_sla} row ({@link TicketSlaRepository#lock}).
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
