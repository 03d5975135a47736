package org.accordo.app.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.accordo.app.jdbc.Timestamps;
import org.accordo.app.security.Caller;
import org.accordo.app.web.Page;
import org.accordo.app.web.PageRequest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
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

  private static final String INSERT =
      """
      INSERT INTO audit_log (occurred_at, actor, action, entity_type, entity_id, customer_id, detail)
      VALUES (:at, :actor, :action, :entityType, :entityId, :customerId, :detail)""";
  private static final String PAGE =
      """
      SELECT id, occurred_at, actor, action, entity_type, entity_id, customer_id, detail
      FROM audit_log ORDER BY id DESC OFFSET :offset ROWS FETCH FIRST :size ROWS ONLY""";
  private static final String COUNT = "SELECT COUNT(*) FROM audit_log";
  private static final String FILTER =
      """
       WHERE (CAST(:actor AS VARCHAR(200)) IS NULL OR actor = :actor)
         AND (CAST(:customerId AS VARCHAR(64)) IS NULL OR customer_id = :customerId)
         AND (CAST(:action AS VARCHAR(100)) IS NULL OR action = :action)
         AND (CAST(:from AS TIMESTAMP WITH TIME ZONE) IS NULL OR occurred_at >= :from)
         AND (CAST(:until AS TIMESTAMP WITH TIME ZONE) IS NULL OR occurred_at < :until)""";
  private static final String FILTERED_PAGE =
      "SELECT id, occurred_at, actor, action, entity_type, entity_id, customer_id, detail"
          + " FROM audit_log "
          + FILTER
          + " ORDER BY id DESC OFFSET :offset ROWS FETCH FIRST :size ROWS ONLY";
  private static final String FILTERED_COUNT = "SELECT COUNT(*) FROM audit_log " + FILTER;
  private static final int MAX_DETAIL = 2000;

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batch;
  private final Clock clock;

  /** Both on the same DataSource, so a batch joins the caller's transaction. */
  AuditLog(JdbcClient jdbc, NamedParameterJdbcTemplate batch, Clock clock) {
    this.jdbc = jdbc;
    this.batch = batch;
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
  public void record(
      Caller caller,
      String action,
      String entityType,
      String entityId,
      String customerId,
      String detail) {
    recordAll(List.of(new Write(caller, action, entityType, entityId, customerId, detail)));
  }

  /** One write to record, as {@link #record} takes it. */
  public record Write(
      Caller caller,
      String action,
      String entityType,
      String entityId,
      String customerId,
      String detail) {}

  /** Records several writes in one JDBC batch, in the order given. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void recordAll(List<Write> writes) {
    if (writes.isEmpty()) {
      return;
    }
    OffsetDateTime at = Timestamps.of(clock.instant());
    batch.batchUpdate(
        INSERT,
        writes.stream()
            .map(
                w ->
                    new MapSqlParameterSource()
                        .addValue("at", at)
                        .addValue("actor", w.caller().tokenId())
                        .addValue("action", w.action())
                        .addValue("entityType", w.entityType())
                        .addValue("entityId", w.entityId())
                        .addValue("customerId", w.customerId())
                        .addValue(
                            "detail",
                            w.detail() == null || w.detail().length() <= MAX_DETAIL
                                ? w.detail()
                                : w.detail().substring(0, MAX_DETAIL)))
            .toArray(SqlParameterSource[]::new));
  }

  /** The entries, newest first. */
  @Transactional(readOnly = true)
  public Page<AuditEntry> page(PageRequest request) {
    List<AuditEntry> items =
        jdbc.sql(PAGE)
            .param("offset", request.offset())
            .param("size", request.size())
            .query(AuditLog::row)
            .list();
    return Page.of(items, request, jdbc.sql(COUNT).query(Long.class).single());
  }

  /** The entries {@code filter} keeps, newest first (the admins' page). */
  @Transactional(readOnly = true)
  public Page<AuditEntry> page(AuditFilter filter, PageRequest request) {
    List<AuditEntry> items =
        bind(jdbc.sql(FILTERED_PAGE), filter)
            .param("offset", request.offset())
            .param("size", request.size())
            .query(AuditLog::row)
            .list();
    return Page.of(
        items, request, bind(jdbc.sql(FILTERED_COUNT), filter).query(Long.class).single());
  }

  private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, AuditFilter f) {
    return statement
        .param("actor", f.actor())
        .param("customerId", f.customerId())
        .param("action", f.action())
        .param("from", Timestamps.of(f.from()))
        .param("until", Timestamps.of(f.until()));
  }

  private static AuditEntry row(ResultSet rs, int n) throws SQLException {
    Instant at = Timestamps.read(rs, "occurred_at");
    return new AuditEntry(
        rs.getLong("id"),
        at,
        rs.getString("actor"),
        rs.getString("action"),
        rs.getString("entity_type"),
        rs.getString("entity_id"),
        rs.getString("customer_id"),
        rs.getString("detail"));
  }
}
