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
      "SELECT ticket_id, customer_id, contract_version, sla_id FROM ticket_sla WHERE ticket_id = :ticketId FOR UPDATE";
  private static final String DELETE = "DELETE FROM ticket_sla WHERE ticket_id = :ticketId";
  private static final String INSERT = """
      INSERT INTO ticket_sla (ticket_id, customer_id, contract_version, sla_id)
      VALUES (:ticketId, :customerId, :version, :slaId)""";
  private static final String UPDATE = """
      UPDATE ticket_sla SET contract_version = :version, sla_id = :slaId WHERE ticket_id = :ticketId""";
  private static final String SET_NEXT_CHECK =
      "UPDATE ticket_sla SET next_check_at = :nextCheckAt WHERE ticket_id = :ticketId";
  private static final String CLAIM_DUE = """
      SELECT ticket_id FROM ticket_sla
       WHERE next_check_at <= :now
       ORDER BY next_check_at, ticket_id
       FETCH FIRST :limit ROWS ONLY
       FOR UPDATE SKIP LOCKED""";

  private final JdbcClient jdbc;

  TicketSlaRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<TicketSla> find(String ticketId) {
    return jdbc.sql(FIND).param("ticketId", ticketId).query(TicketSlaRepository::row).optional();
  }

  /** The ticket's SLA, its row locked until the transaction ends; empty when the ticket has none. */
  Optional<TicketSla> lock(String ticketId) {
    return jdbc.sql(LOCK).param("ticketId", ticketId).query(TicketSlaRepository::row).optional();
  }

  void insert(TicketSla sla) {
    jdbc.sql(INSERT)
        .param("ticketId", sla.ticketId())
        .param("customerId", sla.customerId())
        .param("version", sla.contractVersion())
        .param("slaId", sla.slaId())
        .update();
  }

  void update(TicketSla sla) {
    jdbc.sql(UPDATE).param("ticketId", sla.ticketId()).param("version", sla.contractVersion()).param("slaId", sla.slaId())
        .update();
  }

  void delete(String ticketId) {
    jdbc.sql(DELETE).param("ticketId", ticketId).update();
  }

  void setNextCheck(String ticketId, Instant nextCheckAt) {
    jdbc.sql(SET_NEXT_CHECK).param("ticketId", ticketId).param("nextCheckAt", Timestamps.of(nextCheckAt)).update();
  }

  /** Up to {@code limit} tickets due at {@code now}, locked until the transaction ends; locked ones are skipped. */
  List<String> claimDue(Instant now, int limit) {
    return jdbc.sql(CLAIM_DUE).param("now", Timestamps.of(now)).param("limit", limit).query(String.class).list();
  }

  private static TicketSla row(ResultSet rs, int n) throws SQLException {
    return new TicketSla(
        rs.getString("ticket_id"), rs.getString("customer_id"), rs.getInt("contract_version"), rs.getString("sla_id"));
  }
}
