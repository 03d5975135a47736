package org.accordo.app.clocks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.accordo.app.jdbc.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code clock_rebuild} and {@code clock_rebuild_ticket} tables: rebuilds scheduled by contract
 * uploads and the tickets each still has to do. Workers claim one ticket at a time with {@code FOR
 * UPDATE SKIP LOCKED}, so nodes share the work and never rebuild the same row at once.
 */
@Repository
class ClockRebuildRepository {

  private static final String INSERT = """
      INSERT INTO clock_rebuild (customer_id, contract_version, tickets, requested_at, requested_by, completed_at)
      VALUES (:customerId, :version, 0, :at, :by, NULL)""";
  private static final String SCHEDULE = """
      INSERT INTO clock_rebuild_ticket (customer_id, contract_version, ticket_id, attempts, retry_at, last_error)
      SELECT :customerId, :version, id, 0, NULL, NULL FROM ticket
       WHERE customer_id = :customerId AND opened_at >= :from
         AND (CAST(:until AS TIMESTAMP WITH TIME ZONE) IS NULL OR opened_at < :until)""";
  private static final String SET_TICKETS = """
      UPDATE clock_rebuild SET tickets = :tickets, completed_at = :completedAt
       WHERE customer_id = :customerId AND contract_version = :version""";
  private static final String CLAIM = """
      SELECT customer_id, contract_version, ticket_id FROM clock_rebuild_ticket
       WHERE retry_at IS NULL OR retry_at <= :now
       ORDER BY contract_version, ticket_id
       FETCH FIRST 1 ROWS ONLY
       FOR UPDATE SKIP LOCKED""";
  private static final String DONE = """
      DELETE FROM clock_rebuild_ticket
       WHERE customer_id = :customerId AND contract_version = :version AND ticket_id = :ticketId""";
  private static final String FAILED = """
      UPDATE clock_rebuild_ticket SET attempts = attempts + 1, retry_at = :retryAt, last_error = :error
       WHERE customer_id = :customerId AND contract_version = :version AND ticket_id = :ticketId""";
  private static final String UNFINISHED = """
      SELECT customer_id, contract_version FROM clock_rebuild r
       WHERE completed_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM clock_rebuild_ticket i
                          WHERE i.customer_id = r.customer_id AND i.contract_version = r.contract_version)""";
  private static final String COMPLETE = """
      UPDATE clock_rebuild SET completed_at = :at
       WHERE customer_id = :customerId AND contract_version = :version AND completed_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM clock_rebuild_ticket i
                          WHERE i.customer_id = :customerId AND i.contract_version = :version)""";
  private static final String FIND = """
      SELECT r.customer_id, r.contract_version, r.tickets, r.requested_at, r.requested_by, r.completed_at,
             (SELECT COUNT(*) FROM clock_rebuild_ticket i
               WHERE i.customer_id = r.customer_id AND i.contract_version = r.contract_version) AS remaining,
             (SELECT COUNT(*) FROM clock_rebuild_ticket i
               WHERE i.customer_id = r.customer_id AND i.contract_version = r.contract_version
                 AND i.attempts > 0) AS failing,
             (SELECT MAX(i.last_error) FROM clock_rebuild_ticket i
               WHERE i.customer_id = r.customer_id AND i.contract_version = r.contract_version) AS last_error
        FROM clock_rebuild r
       WHERE r.customer_id = :customerId AND r.contract_version = :version""";

  private final JdbcClient jdbc;

  ClockRebuildRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One ticket of one rebuild. */
  record Item(String customerId, int contractVersion, String ticketId) {}

  /**
   * Records a rebuild for the version and schedules every ticket of the customer opened in {@code
   * [from, until)}; a rebuild without tickets is complete at once.
   *
   * @param until the end of the version's last day, or null when it is open-ended
   * @return how many tickets were scheduled
   */
  int schedule(String customerId, int version, Instant from, Instant until, Instant now, String by) {
    jdbc.sql(INSERT).param("customerId", customerId).param("version", version).param("at", Timestamps.of(now))
        .param("by", by).update();
    int tickets = jdbc.sql(SCHEDULE).param("customerId", customerId).param("version", version)
        .param("from", Timestamps.of(from)).param("until", Timestamps.of(until)).update();
    jdbc.sql(SET_TICKETS).param("customerId", customerId).param("version", version).param("tickets", tickets)
        .param("completedAt", tickets == 0 ? Timestamps.of(now) : null).update();
    return tickets;
  }

  /** One ticket to rebuild that is due at {@code now}, locked until the transaction ends; locked ones are skipped. */
  Optional<Item> claim(Instant now) {
    return jdbc.sql(CLAIM).param("now", Timestamps.of(now)).query((rs, n) -> new Item(
        rs.getString("customer_id"), rs.getInt("contract_version"), rs.getString("ticket_id"))).optional();
  }

  void done(Item item) {
    bind(jdbc.sql(DONE), item).update();
  }

  /** Records a failed rebuild of the ticket, to be tried again at {@code retryAt}. */
  void failed(Item item, Instant retryAt, String error) {
    bind(jdbc.sql(FAILED), item).param("retryAt", Timestamps.of(retryAt))
        .param("error", error.length() > 2000 ? error.substring(0, 2000) : error).update();
  }

  /** The rebuilds not marked complete that have no ticket left. */
  List<Item> finished() {
    return jdbc.sql(UNFINISHED).query((rs, n) -> new Item(rs.getString("customer_id"), rs.getInt("contract_version"), null))
        .list();
  }

  /** Marks a rebuild complete if it has no ticket left and nobody marked it; true if this call did. */
  boolean complete(String customerId, int version, Instant at) {
    return jdbc.sql(COMPLETE).param("customerId", customerId).param("version", version).param("at", Timestamps.of(at))
        .update() == 1;
  }

  Optional<ClockRebuildProgress> find(String customerId, int version) {
    return jdbc.sql(FIND).param("customerId", customerId).param("version", version)
        .query(ClockRebuildRepository::progress).optional();
  }

  private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Item item) {
    return statement.param("customerId", item.customerId()).param("version", item.contractVersion())
        .param("ticketId", item.ticketId());
  }

  private static ClockRebuildProgress progress(ResultSet rs, int n) throws SQLException {
    int tickets = rs.getInt("tickets");
    int remaining = rs.getInt("remaining");
    return new ClockRebuildProgress(rs.getString("customer_id"), rs.getInt("contract_version"), tickets,
        tickets - remaining, rs.getInt("failing"), rs.getString("last_error"), Timestamps.read(rs, "requested_at"),
        rs.getString("requested_by"), Timestamps.read(rs, "completed_at"));
  }
}
