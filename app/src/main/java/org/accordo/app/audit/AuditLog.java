package org.accordo.app.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.accordo.app.jdbc.Timestamps;
import org.accordo.app.security.Caller;
import org.accordo.app.web.Page;
import org.accordo.app.web.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log: every write of the API records here who made it, what and when. {@link #record}
 * must run inside the write's own transaction ({@link Propagation#MANDATORY}), so a write and its
 * entry are stored together or not at all.
 */
@Service
public class AuditLog {

  private static final String INSERT = """
      INSERT INTO audit_log (occurred_at, actor, action, entity_type, entity_id, customer_id, detail)
      VALUES (:at, :actor, :action, :entityType, :entityId, :customerId, :detail)""";
  private static final String PAGE = """
      SELECT id, occurred_at, actor, action, entity_type, entity_id, customer_id, detail
      FROM audit_log ORDER BY id DESC OFFSET :offset ROWS FETCH FIRST :size ROWS ONLY""";
  private static final String COUNT = "SELECT COUNT(*) FROM audit_log";
  private static final int MAX_DETAIL = 2000;

  private final JdbcClient jdbc;
  private final Clock clock;

  AuditLog(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Records one write by {@code caller}.
   *
   * @param action {@code <entity>.<past tense verb>}, e.g. {@code ticket.event_added}
   * @param customerId the customer the entity belongs to, or null
   * @param detail a short note, or null; cut to 2000 characters
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(Caller caller, String action, String entityType, String entityId, String customerId, String detail) {
    jdbc.sql(INSERT)
        .param("at", Timestamps.of(clock.instant()))
        .param("actor", caller.tokenId())
        .param("action", action)
        .param("entityType", entityType)
        .param("entityId", entityId)
        .param("customerId", customerId)
        .param("detail", detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL))
        .update();
  }

  /** The entries, newest first. */
  @Transactional(readOnly = true)
  public Page<AuditEntry> page(PageRequest request) {
    List<AuditEntry> items = jdbc.sql(PAGE)
        .param("offset", request.offset())
        .param("size", request.size())
        .query(AuditLog::row)
        .list();
    return Page.of(items, request, jdbc.sql(COUNT).query(Long.class).single());
  }

  private static AuditEntry row(ResultSet rs, int n) throws SQLException {
    Instant at = Timestamps.read(rs, "occurred_at");
    return new AuditEntry(
        rs.getLong("id"), at, rs.getString("actor"), rs.getString("action"), rs.getString("entity_type"),
        rs.getString("entity_id"), rs.getString("customer_id"), rs.getString("detail"));
  }
}
