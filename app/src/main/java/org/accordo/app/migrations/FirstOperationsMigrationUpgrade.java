package org.accordo.app.migrations;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.accordo.app.jdbc.Timestamps;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Brings a database that ran the first text of {@code V010__operations.sql} to what the landed
 * {@code V010} creates, before Flyway validates the history (issue 12).
 *
 * <p>{@code V010} was edited after it landed: the first text created {@code clock_rebuild} without
 * {@code opened_from} and {@code opened_until} and {@code clock_rebuild_ticket} without {@code
 * done_at} and its index, and Flyway refused every later start on such a database (checksum
 * mismatch). Only when the history records {@code V010} with the first text's checksum, this adds
 * what the landed text has more, fills {@code opened_from}/{@code opened_until} of the rebuilds
 * recorded then as {@code ClockRebuilds} computes them (the version's effective days in the
 * customer's time zone), and records the landed checksum; then Flyway validates and runs {@code
 * V011} onwards as on any database. Tickets of a rebuild left by the first text are all still to do
 * (it deleted done ones), which is what a null {@code done_at} says. Each step may run again
 * ({@code IF NOT EXISTS}), so an H2 upgrade interrupted between its statements (DDL commits there)
 * resumes at the next start; on PostgreSQL it is one transaction. Columns added here come after the
 * table's others; the code names every column, so the order does not matter. The ranges are
 * computed here, not by calling {@code ClockRebuilds}, so that this upgrade stays what it is when
 * that code changes, like a migration.
 */
@Component
class FirstOperationsMigrationUpgrade implements Callback {

  /** Flyway's checksum of the first text of {@code V010__operations.sql} (commit 61e51f0). */
  static final int FIRST_CHECKSUM = 1534219127;

  /** Flyway's checksum of the landed {@code V010__operations.sql}. */
  static final int LANDED_CHECKSUM = 505265792;

  private static final Logger log = LoggerFactory.getLogger(FirstOperationsMigrationUpgrade.class);

  /**
   * Flyway's default history table, the one Accordo uses; Flyway quotes its lower-case names, so
   * the statements below do too (H2 would read them in upper case otherwise).
   */
  private static final String HISTORY_TABLE = "flyway_schema_history";

  private static final String RECORDED_CHECKSUM =
      """
      SELECT "checksum" FROM "flyway_schema_history" WHERE "version" = '010' AND "success" = TRUE""";

  private static final List<String> ADD_COLUMNS =
      List.of(
          "ALTER TABLE clock_rebuild ADD COLUMN IF NOT EXISTS opened_from TIMESTAMP WITH TIME ZONE",
          "ALTER TABLE clock_rebuild ADD COLUMN IF NOT EXISTS opened_until TIMESTAMP WITH TIME ZONE",
          "ALTER TABLE clock_rebuild_ticket ADD COLUMN IF NOT EXISTS done_at TIMESTAMP WITH TIME ZONE",
          """
          CREATE INDEX IF NOT EXISTS clock_rebuild_ticket_todo
              ON clock_rebuild_ticket (done_at, contract_version, ticket_id)""");

  private static final String REBUILDS_WITHOUT_RANGE =
      """
      SELECT r.customer_id, r.contract_version, v.effective_from, v.effective_to, c.time_zone
        FROM clock_rebuild r
        JOIN contract_version v
          ON v.customer_id = r.customer_id AND v.version_number = r.contract_version
        JOIN customer c ON c.id = r.customer_id
       WHERE r.opened_from IS NULL""";

  private static final String SET_RANGE =
      """
      UPDATE clock_rebuild SET opened_from = :from, opened_until = :until
       WHERE customer_id = :customerId AND contract_version = :version""";

  private static final String RANGE_REQUIRED =
      "ALTER TABLE clock_rebuild ALTER COLUMN opened_from SET NOT NULL";

  private static final String RECORD_LANDED =
      """
      UPDATE "flyway_schema_history" SET "checksum" = :landed
       WHERE "version" = '010' AND "checksum" = :first""";

  @Override
  public boolean supports(Event event, Context context) {
    return event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE;
  }

  @Override
  public boolean canHandleInTransaction(Event event, Context context) {
    return true;
  }

  @Override
  public void handle(Event event, Context context) {
    Connection connection = context.getConnection();
    try {
      if (historyExists(connection)) {
        upgradeIfFirstText(JdbcClient.create(new SingleConnectionDataSource(connection, true)));
      }
    } catch (SQLException | RuntimeException failure) {
      throw new FlywayException(
          "cannot bring V010__operations.sql of its first text to the landed one: " + failure,
          failure);
    }
  }

  @Override
  public String getCallbackName() {
    return "V010 first text upgrade";
  }

  private static boolean historyExists(Connection connection) throws SQLException {
    try (var tables =
        connection.getMetaData().getTables(null, null, HISTORY_TABLE, new String[] {"TABLE"})) {
      return tables.next();
    }
  }

  private static void upgradeIfFirstText(JdbcClient jdbc) {
    Optional<Integer> recorded =
        jdbc.sql(RECORDED_CHECKSUM).query((rs, row) -> rs.getInt("checksum")).optional();
    if (recorded.isEmpty() || recorded.get() != FIRST_CHECKSUM) {
      return;
    }
    ADD_COLUMNS.forEach(statement -> jdbc.sql(statement).update());
    int rebuilds = fillRanges(jdbc);
    jdbc.sql(RANGE_REQUIRED).update();
    jdbc.sql(RECORD_LANDED)
        .param("landed", LANDED_CHECKSUM)
        .param("first", FIRST_CHECKSUM)
        .update();
    log.info(
        "V010__operations.sql: brought this database from the migration's first text to the"
            + " landed one ({} clock rebuilds given their range of opening instants)",
        rebuilds);
  }

  /** The {@code [opened_from, opened_until)} of each rebuild recorded under the first text. */
  private static int fillRanges(JdbcClient jdbc) {
    List<RebuildRange> ranges =
        jdbc.sql(REBUILDS_WITHOUT_RANGE)
            .query(
                (rs, row) ->
                    RebuildRange.of(
                        rs.getString("customer_id"),
                        rs.getInt("contract_version"),
                        rs.getObject("effective_from", LocalDate.class),
                        rs.getObject("effective_to", LocalDate.class),
                        ZoneId.of(rs.getString("time_zone"))))
            .list();
    for (RebuildRange range : ranges) {
      jdbc.sql(SET_RANGE)
          .param("from", Timestamps.of(range.from()))
          .param("until", Timestamps.of(range.until()))
          .param("customerId", range.customerId())
          .param("version", range.version())
          .update();
    }
    return ranges.size();
  }

  /** A rebuild's tickets: those opened in {@code [from, until)}; {@code until} null: no end. */
  private record RebuildRange(String customerId, int version, Instant from, Instant until) {

    static RebuildRange of(
        String customerId,
        int version,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        ZoneId zone) {
      return new RebuildRange(
          customerId,
          version,
          effectiveFrom.atStartOfDay(zone).toInstant(),
          effectiveTo == null ? null : effectiveTo.plusDays(1).atStartOfDay(zone).toInstant());
    }
  }
}
