package org.accordo.app.clocks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.accordo.app.jdbc.TextColumns;
import org.accordo.app.jdbc.Timestamps;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code clock_rebuild} and {@code clock_rebuild_ticket} tables: rebuilds scheduled by contract
 * uploads and their tickets. Workers claim one ticket at a time, and a finished rebuild for its
 * last check, with {@code FOR UPDATE SKIP LOCKED}, so nodes share the work and never do the same
 * row at once.
 */
@Repository
class ClockRebuildRepository {

  private static final String INSERT =
      """
      INSERT INTO clock_rebuild
        (customer_id, contract_version, opened_from, opened_until, tickets, requested_at, requested_by, completed_at)
      VALUES (:customerId, :version, :from, :until, 0, :at, :by, NULL)""";

  private static final String ADD_TICKET =
      """
      INSERT INTO clock_rebuild_ticket (customer_id, contract_version, ticket_id, attempts, retry_at, last_error, done_at)
      VALUES (:customerId, :version, :ticketId, 0, NULL, NULL, NULL)""";
  private static final String RANGE =
      """
      SELECT opened_from, opened_until FROM clock_rebuild WHERE customer_id = :customerId AND contract_version = :version""";
  private static final String SEEN =
      """
      SELECT ticket_id FROM clock_rebuild_ticket WHERE customer_id = :customerId AND contract_version = :version""";

  /** The customer's tickets measured by the rebuild's version or a later one. */
  private static final String MEASURED_BY_IT_OR_LATER =
      """
      SELECT ticket_id FROM ticket_sla WHERE customer_id = :customerId AND contract_version >= :version""";

  private static final String COUNT_TICKETS =
      """
      UPDATE clock_rebuild SET tickets = tickets + :added
       WHERE customer_id = :customerId AND contract_version = :version""";
  private static final String CLAIM =
      """
      SELECT customer_id, contract_version, ticket_id FROM clock_rebuild_ticket
       WHERE done_at IS NULL AND (retry_at IS NULL OR retry_at <= :now)
       ORDER BY contract_version, ticket_id
       FETCH FIRST 1 ROWS ONLY
       FOR UPDATE SKIP LOCKED""";
  private static final String DONE =
      """
      UPDATE clock_rebuild_ticket SET done_at = :at
       WHERE customer_id = :customerId AND contract_version = :version AND ticket_id = :ticketId""";
  private static final String FAILED =
      """
      UPDATE clock_rebuild_ticket SET attempts = attempts + 1, retry_at = :retryAt, last_error = :error
       WHERE customer_id = :customerId AND contract_version = :version AND ticket_id = :ticketId""";
  private static final String CLAIM_FINISHED =
      """
      SELECT customer_id, contract_version FROM clock_rebuild r
       WHERE completed_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM clock_rebuild_ticket i
                          WHERE i.customer_id = r.customer_id AND i.contract_version = r.contract_version
                            AND i.done_at IS NULL)
       FETCH FIRST 1 ROWS ONLY
       FOR UPDATE SKIP LOCKED""";
  private static final String COMPLETE =
      """
      UPDATE clock_rebuild SET completed_at = :at WHERE customer_id = :customerId AND contract_version = :version""";
  private static final String FIND =
      """
      SELECT r.customer_id, r.contract_version, r.tickets, r.requested_at, r.requested_by, r.completed_at,
             (SELECT COUNT(*) FROM clock_rebuild_ticket i
               WHERE i.customer_id = r.customer_id AND i.contract_version = r.contract_version
                 AND i.done_at IS NULL) AS remaining,
             (SELECT COUNT(*) FROM clock_rebuild_ticket i
               WHERE i.customer_id = r.customer_id AND i.contract_version = r.contract_version
                 AND i.done_at IS NULL AND i.attempts > 0) AS failing,
             (SELECT MAX(i.last_error) FROM clock_rebuild_ticket i
               WHERE i.customer_id = r.customer_id AND i.contract_version = r.contract_version
                 AND i.done_at IS NULL) AS last_error
        FROM clock_rebuild r
       WHERE r.customer_id = :customerId AND r.contract_version = :version""";

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batch;

  /** Both on the same DataSource, so a batch joins the caller's transaction. */
  ClockRebuildRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  /** A rebuild, by the contract version whose upload scheduled it. */
  record Rebuild(String customerId, int contractVersion) {}

  /** One ticket of one rebuild. */
  record Item(String customerId, int contractVersion, String ticketId) {}

  /** The tickets' opening instants a rebuild covers: {@code [from, until)}, until null: on. */
  record Range(Instant from, Instant until) {}

  /**
   * Records a rebuild for the version and schedules {@code ticketIds}, the customer's tickets
   * opened in {@code [from, until)}. Even a rebuild without tickets is completed by a worker, after
   * its last check ({@link #addMissed}).
   *
   * @param until the end of the version's last day, or null when it is open-ended
   * @return how many tickets were scheduled
   */
  int schedule(
      Rebuild rebuild,
      Instant from,
      Instant until,
      Instant now,
      String by,
      Collection<String> ticketIds) {
    bind(jdbc.sql(INSERT), rebuild)
        .param("from", Timestamps.of(from))
        .param("until", Timestamps.of(until))
        .param("at", Timestamps.of(now))
        .param("by", by)
        .update();
    return add(rebuild, ticketIds);
  }

  /** The opening instants the rebuild covers. */
  Range range(Rebuild rebuild) {
    return bind(jdbc.sql(RANGE), rebuild)
        .query(
            (rs, n) ->
                new Range(Timestamps.read(rs, "opened_from"), Timestamps.read(rs, "opened_until")))
        .single();
  }

  /**
   * Schedules those of {@code openedInRange} (the customer's tickets opened in the rebuild's range,
   * as the tickets module lists them now) that the rebuild has not seen and that are still measured
   * by an older version or by none: tickets created in a transaction that chose their SLA before
   * the upload committed, and committed after it had listed the tickets.
   *
   * @return how many were added
   */
  int addMissed(Rebuild rebuild, Collection<String> openedInRange) {
    Set<String> missed = new LinkedHashSet<>(openedInRange);
    missed.removeAll(bind(jdbc.sql(SEEN), rebuild).query(String.class).list());
    missed.removeAll(bind(jdbc.sql(MEASURED_BY_IT_OR_LATER), rebuild).query(String.class).list());
    return add(rebuild, missed);
  }

  /** Schedules the tickets in one JDBC batch and counts them on the rebuild. */
  private int add(Rebuild rebuild, Collection<String> ticketIds) {
    if (ticketIds.isEmpty()) {
      return 0;
    }
    batch.batchUpdate(
        ADD_TICKET,
        ticketIds.stream()
            .map(
                id ->
                    new MapSqlParameterSource()
                        .addValue("customerId", rebuild.customerId())
                        .addValue("version", rebuild.contractVersion())
                        .addValue("ticketId", id))
            .toArray(SqlParameterSource[]::new));
    bind(jdbc.sql(COUNT_TICKETS), rebuild).param("added", ticketIds.size()).update();
    return ticketIds.size();
  }

  /**
   * One ticket to rebuild that is due at {@code now}, locked until the transaction ends; locked
   * ones are skipped.
   */
  Optional<Item> claim(Instant now) {
    return jdbc.sql(CLAIM)
        .param("now", Timestamps.of(now))
        .query(
            (rs, n) ->
                new Item(
                    rs.getString("customer_id"),
                    rs.getInt("contract_version"),
                    rs.getString("ticket_id")))
        .optional();
  }

  void done(Item item, Instant at) {
    bind(jdbc.sql(DONE), item).param("at", Timestamps.of(at)).update();
  }

  /** Records a failed rebuild of the ticket, to be tried again at {@code retryAt}. */
  void failed(Item item, Instant retryAt, String error) {
    bind(jdbc.sql(FAILED), item)
        .param("retryAt", Timestamps.of(retryAt))
        .param("error", TextColumns.cut(error, 2000))
        .update();
  }

  /**
   * A rebuild not marked complete whose tickets are all done, locked until the transaction ends;
   * locked ones are skipped.
   */
  Optional<Rebuild> claimFinished() {
    return jdbc.sql(CLAIM_FINISHED)
        .query((rs, n) -> new Rebuild(rs.getString("customer_id"), rs.getInt("contract_version")))
        .optional();
  }

  void complete(Rebuild rebuild, Instant at) {
    bind(jdbc.sql(COMPLETE), rebuild).param("at", Timestamps.of(at)).update();
  }

  Optional<ClockRebuildProgress> find(String customerId, int version) {
    return jdbc.sql(FIND)
        .param("customerId", customerId)
        .param("version", version)
        .query(ClockRebuildRepository::progress)
        .optional();
  }

  private static JdbcClient.StatementSpec bind(
      JdbcClient.StatementSpec statement, Rebuild rebuild) {
    return statement
        .param("customerId", rebuild.customerId())
        .param("version", rebuild.contractVersion());
  }

  private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Item item) {
    return statement
        .param("customerId", item.customerId())
        .param("version", item.contractVersion())
        .param("ticketId", item.ticketId());
  }

  private static ClockRebuildProgress progress(ResultSet rs, int n) throws SQLException {
    int tickets = rs.getInt("tickets");
    int remaining = rs.getInt("remaining");
    return new ClockRebuildProgress(
        rs.getString("customer_id"),
        rs.getInt("contract_version"),
        tickets,
        tickets - remaining,
        rs.getInt("failing"),
        rs.getString("last_error"),
        Timestamps.read(rs, "requested_at"),
        rs.getString("requested_by"),
        Timestamps.read(rs, "completed_at"));
  }
}
