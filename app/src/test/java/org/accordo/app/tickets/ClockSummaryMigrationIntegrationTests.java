package org.accordo.app.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.accordo.app.support.AllDatabases;
import org.accordo.app.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V013 gives the tickets of a database that ran V012 the summary of the clock rows they have: what
 * the ticket list's at-risk and breached filters read since they stopped joining {@code clock}.
 */
class ClockSummaryMigrationIntegrationTests {

  private static final Instant OPENED = Instant.parse("2026-03-02T09:00:00Z");

  @AllDatabases
  void summarisesTheClockRowsOfExistingTickets(TestDatabase database) {
    TestDatabase.Connected db = database.createEmpty();
    migrate(db, "12");
    JdbcClient jdbc = JdbcClient.create(db.dataSource());
    jdbc.sql("INSERT INTO customer (id, name, created_at, time_zone) VALUES ('c', 'C', :at, 'UTC')")
        .param("at", at(OPENED))
        .update();
    for (String ticket : new String[] {"running", "breached", "none"}) {
      jdbc.sql(
              """
              INSERT INTO ticket (id, customer_id, subject, priority, status, opened_at, created_at, created_by, updated_at)
              VALUES (:id, 'c', 's', 'P1', 'open', :at, :at, 'tok', :at)""")
          .param("id", ticket)
          .param("at", at(OPENED))
          .update();
    }
    clock(jdbc, "running", "first_response", "met", null);
    clock(jdbc, "running", "resolution", "running", "2026-03-02T17:00:00Z");
    clock(jdbc, "running", "periodic_update", "running", "2026-03-02T11:00:00Z");
    clock(jdbc, "breached", "first_response", "breached", null);
    clock(jdbc, "breached", "resolution", "paused", null);

    migrate(db, "13");

    assertThat(summary(jdbc, "running"))
        .isEqualTo(new ClockSummary(Instant.parse("2026-03-02T11:00:00Z"), false));
    assertThat(summary(jdbc, "breached")).isEqualTo(new ClockSummary(null, true));
    assertThat(summary(jdbc, "none")).isEqualTo(ClockSummary.NONE);
  }

  private static void migrate(TestDatabase.Connected db, String target) {
    Flyway.configure()
        .dataSource(db.dataSource())
        .locations("classpath:db/migration")
        .target(MigrationVersion.fromVersion(target))
        .load()
        .migrate();
  }

  private static void clock(
      JdbcClient jdbc, String ticket, String metric, String state, String dueAt) {
    jdbc.sql(
            """
            INSERT INTO clock (ticket_id, metric, cycle, customer_id, priority, calendar, state, started_at, due_at,
                               target_seconds, elapsed_seconds, paused_seconds, remaining_seconds, computed_at,
                               escalations, timeline)
            VALUES (:ticket, :metric, 1, 'c', 'P1', 'office', :state, :started, :due, 3600, 0, 0, 3600, :started,
                    '[]', '[]')""")
        .param("ticket", ticket)
        .param("metric", metric)
        .param("state", state)
        .param("started", at(OPENED))
        .param("due", dueAt == null ? null : at(Instant.parse(dueAt)))
        .update();
  }

  private static ClockSummary summary(JdbcClient jdbc, String ticket) {
    return jdbc.sql("SELECT next_due_at, breached FROM ticket WHERE id = :id")
        .param("id", ticket)
        .query(
            (rs, n) -> {
              OffsetDateTime due = rs.getObject("next_due_at", OffsetDateTime.class);
              return new ClockSummary(
                  due == null ? null : due.toInstant(), rs.getBoolean("breached"));
            })
        .single();
  }

  private static OffsetDateTime at(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
