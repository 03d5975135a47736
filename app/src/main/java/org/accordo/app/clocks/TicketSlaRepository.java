package org.accordo.app.clocks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.accordo.app.jdbc.Parameters;
import org.accordo.app.jdbc.Timestamps;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code ticket_sla} table: which contract version and SLA measure a ticket, and when its
 * clocks are due to be computed again. Its row is the ticket's lock for clock work: {@link #lock}
 * before writing clock rows, and {@link #claimDue} for the scheduler, with {@code FOR UPDATE SKIP
 * LOCKED} (PostgreSQL, and H2 2.4 has it too) so that nodes never compute the same ticket at once
 * and never wait for each other.
 */
@Repository
class TicketSlaRepository {

  private static final String FIND =
      "SELECT ticket_id, customer_id, contract_version, sla_id FROM ticket_sla WHERE ticket_id = :ticketId";
  private static final String LOCK =
      """
      SELECT ticket_id, customer_id, contract_version, sla_id, next_check_at, clock_digest, escalations_recorded
        FROM ticket_sla WHERE ticket_id IN (:ticketIds) ORDER BY ticket_id FOR UPDATE""";
  private static final String FIND_ALL =
      "SELECT ticket_id, customer_id, contract_version, sla_id FROM ticket_sla WHERE ticket_id IN (:ticketIds)";
  private static final String MEASURED =
      "SELECT ticket_id FROM ticket_sla WHERE ticket_id IN (:ticketIds)";
  private static final String LOCK_FREE =
      """
      SELECT ticket_id FROM ticket_sla WHERE ticket_id IN (:ticketIds) ORDER BY ticket_id FOR UPDATE SKIP LOCKED""";
  private static final String DELETE = "DELETE FROM ticket_sla WHERE ticket_id = :ticketId";
  private static final String INSERT =
      """
      INSERT INTO ticket_sla (ticket_id, customer_id, contract_version, sla_id, clock_digest, escalations_recorded)
      VALUES (:ticketId, :customerId, :version, :slaId, :clocks, :escalations)""";
  private static final String INSERT_COMPUTED =
      """
      INSERT INTO ticket_sla (ticket_id, customer_id, contract_version, sla_id, next_check_at, clock_digest, escalations_recorded)
      VALUES (?, ?, ?, ?, ?, ?, ?)""";
  private static final String UPDATE =
      """
      UPDATE ticket_sla SET contract_version = :version, sla_id = :slaId, clock_digest = NULL, escalations_recorded = NULL
       WHERE ticket_id = :ticketId""";
  private static final String STORE =
      """
      UPDATE ticket_sla SET next_check_at = :nextCheckAt, clock_digest = :clocks, escalations_recorded = :escalations
       WHERE ticket_id = :ticketId""";
  private static final String CLAIM_DUE =
      """
      SELECT ticket_id FROM ticket_sla
       WHERE next_check_at <= :now
       ORDER BY next_check_at, ticket_id
       FETCH FIRST :limit ROWS ONLY
       FOR UPDATE SKIP LOCKED""";

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batch;

  /** Both on the same DataSource, so a batch joins the caller's transaction. */
  TicketSlaRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  Optional<TicketSla> find(String ticketId) {
    return jdbc.sql(FIND).param("ticketId", ticketId).query(TicketSlaRepository::row).optional();
  }

  /** The SLAs of those of the tickets that have one, by ticket id, in one query. */
  Map<String, TicketSla> findAll(Collection<String> ticketIds) {
    Map<String, TicketSla> found = new HashMap<>();
    if (!ticketIds.isEmpty()) {
      jdbc.sql(FIND_ALL)
          .param("ticketIds", ticketIds)
          .query(TicketSlaRepository::row)
          .list()
          .forEach(sla -> found.put(sla.ticketId(), sla));
    }
    return found;
  }

  /**
   * A ticket's SLA row as locked: the SLA, its next check and the digest of what is stored for it.
   */
  record Locked(TicketSla sla, Instant nextCheckAt, ClockDigest digest) {}

  /** The ticket's SLA row, locked until the transaction ends; empty when the ticket has none. */
  Optional<Locked> lock(String ticketId) {
    return Optional.ofNullable(lockAll(List.of(ticketId)).get(ticketId));
  }

  /**
   * The SLA rows of several tickets, by ticket id, locked until the transaction ends, in one query
   * that locks them in ticket id order (so two transactions locking overlapping sets never wait for
   * each other in a cycle); tickets without one are missing from the map.
   */
  Map<String, Locked> lockAll(Collection<String> ticketIds) {
    Map<String, Locked> locked = new HashMap<>();
    jdbc.sql(LOCK)
        .param("ticketIds", ticketIds)
        .query(
            (rs, n) ->
                new Locked(
                    row(rs, n),
                    Timestamps.read(rs, "next_check_at"),
                    ClockDigest.parse(
                        rs.getString("clock_digest"), rs.getString("escalations_recorded"))))
        .list()
        .forEach(l -> locked.put(l.sla().ticketId(), l));
    return locked;
  }

  /** Those of the tickets that have an SLA row. */
  Set<String> measured(Collection<String> ticketIds) {
    return Set.copyOf(jdbc.sql(MEASURED).param("ticketIds", ticketIds).query(String.class).list());
  }

  /**
   * Locks, until the transaction ends, the SLA rows of those of the tickets that no other
   * transaction holds, without waiting for the others.
   *
   * @return the tickets whose rows it locked
   */
  Set<String> lockFree(Collection<String> ticketIds) {
    return Set.copyOf(jdbc.sql(LOCK_FREE).param("ticketIds", ticketIds).query(String.class).list());
  }

  /** Inserts a ticket's SLA row with what is known of its stored clocks and escalations. */
  void insert(TicketSla sla, ClockDigest digest) {
    jdbc.sql(INSERT)
        .param("ticketId", sla.ticketId())
        .param("customerId", sla.customerId())
        .param("version", sla.contractVersion())
        .param("slaId", sla.slaId())
        .param("clocks", digest.clocksText())
        .param("escalations", digest.escalationsText())
        .update();
  }

  /** A new SLA row as its first computation leaves it, for {@link #insertAll(List)}. */
  record Fresh(TicketSla sla, Instant nextCheckAt, ClockDigest digest) {}

  /**
   * Inserts new SLA rows with their next checks and digests, in one JDBC batch bound with the
   * driver's typed setters (an import's rebuild inserts 100,000 at once).
   */
  void insertAll(List<Fresh> rows) {
    if (rows.isEmpty()) {
      return;
    }
    Parameters.batch(
        batch.getJdbcOperations(),
        INSERT_COMPUTED,
        rows,
        (ps, row) -> {
          ps.setString(1, row.sla().ticketId());
          ps.setString(2, row.sla().customerId());
          ps.setInt(3, row.sla().contractVersion());
          ps.setString(4, row.sla().slaId());
          Parameters.instant(ps, 5, row.nextCheckAt());
          Parameters.text(ps, 6, row.digest().clocksText());
          Parameters.text(ps, 7, row.digest().escalationsText());
        });
  }

  /**
   * Changes the SLA of a ticket and forgets its digest, so that its next computation trusts nothing
   * stored.
   */
  void update(TicketSla sla) {
    jdbc.sql(UPDATE)
        .param("ticketId", sla.ticketId())
        .param("version", sla.contractVersion())
        .param("slaId", sla.slaId())
        .update();
  }

  void delete(String ticketId) {
    jdbc.sql(DELETE).param("ticketId", ticketId).update();
  }

  /** Stores a locked row's next check and digest. */
  void store(String ticketId, Instant nextCheckAt, ClockDigest digest) {
    storeAll(List.of(new Stored(ticketId, nextCheckAt, digest)));
  }

  /** A locked row's next check and digest, for {@link #storeAll}. */
  record Stored(String ticketId, Instant nextCheckAt, ClockDigest digest) {}

  /** Stores several locked rows' next checks and digests, in one JDBC batch. */
  void storeAll(List<Stored> rows) {
    if (rows.isEmpty()) {
      return;
    }
    batch.batchUpdate(
        STORE,
        rows.stream()
            .map(
                r ->
                    new MapSqlParameterSource()
                        .addValue("ticketId", r.ticketId())
                        .addValue("nextCheckAt", Timestamps.of(r.nextCheckAt()))
                        .addValue("clocks", r.digest().clocksText())
                        .addValue("escalations", r.digest().escalationsText()))
            .toArray(SqlParameterSource[]::new));
  }

  /**
   * Up to {@code limit} tickets due at {@code now}, locked until the transaction ends; locked ones
   * are skipped.
   */
  List<String> claimDue(Instant now, int limit) {
    return jdbc.sql(CLAIM_DUE)
        .param("now", Timestamps.of(now))
        .param("limit", limit)
        .query(String.class)
        .list();
  }

  private static TicketSla row(ResultSet rs, int n) throws SQLException {
    return new TicketSla(
        rs.getString("ticket_id"),
        rs.getString("customer_id"),
        rs.getInt("contract_version"),
        rs.getString("sla_id"));
  }
}
