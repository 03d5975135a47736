package org.accordo.app.statements;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accordo.app.jdbc.Timestamps;
import org.accordo.app.reports.StatementStatus;
import org.accordo.app.web.PageRequest;
import org.accordo.core.contract.DocumentLanguage;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code statement} and {@code statement_document} tables: inserted once, never updated. Every
 * read names the customer.
 */
@Repository
class StatementRepository {

  /** The sort keys of the list. */
  static final Map<String, String> SORTS =
      Map.of(
          "month", "period_month, version",
          "-month", "period_month DESC, version DESC");

  private static final String COLUMNS =
      """
      id, customer_id, period_month, version, status, period_from, period_to, as_of, contract_version,
      contract_language, inputs_digest, json_sha256, input_tickets, input_events, input_outages,
      tickets_left_out, credits_total, currency, reason, changes, closed_at, closed_by_node""";
  private static final String INSERT =
      "INSERT INTO statement ("
          + COLUMNS
          + """
      ) VALUES (:id, :customerId, :month, :version, :status, :periodFrom, :periodTo, :asOf,
      :contractVersion, :contractLanguage, :inputsDigest, :jsonSha256, :inputTickets, :inputEvents,
      :inputOutages, :ticketsLeftOut, :creditsTotal, :currency, :reason, :changes, :closedAt,
      :closedByNode)""";
  private static final String LATEST =
      "SELECT "
          + COLUMNS
          + """
       FROM statement WHERE customer_id = :customerId AND period_month = :month
      ORDER BY version DESC FETCH FIRST 1 ROWS ONLY""";
  private static final String VERSION =
      "SELECT "
          + COLUMNS
          + " FROM statement WHERE customer_id = :customerId AND period_month = :month"
          + " AND version = :version";
  private static final String BY_ID = "SELECT " + COLUMNS + " FROM statement WHERE id = :id";
  private static final String FILTER =
      """
       WHERE customer_id = :customerId
         AND (CAST(:month AS VARCHAR(7)) IS NULL OR period_month = :month)""";
  private static final String PAGE =
      "SELECT " + COLUMNS + " FROM statement " + FILTER + " ORDER BY ";
  private static final String PAGE_END = " OFFSET :offset ROWS FETCH FIRST :size ROWS ONLY";
  private static final String COUNT = "SELECT COUNT(*) FROM statement " + FILTER;
  private static final String INSERT_DOCUMENT =
      """
      INSERT INTO statement_document (statement_id, customer_id, format, language, content, sha256,
                                      stored_at)
      VALUES (:statementId, :customerId, :format, :language, :content, :sha256, :storedAt)""";
  private static final String DOCUMENT =
      """
      SELECT format, language, content, sha256 FROM statement_document
       WHERE customer_id = :customerId AND statement_id = :statementId AND format = :format
         AND language = :language""";
  private static final String DOCUMENTS =
      """
      SELECT format, language, sha256 FROM statement_document
       WHERE customer_id = :customerId AND statement_id = :statementId ORDER BY format, language""";

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batch;

  /** Both on the same DataSource, so a batch joins the caller's transaction. */
  StatementRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  /** A document without its bytes, as the list of a statement's documents shows it. */
  record Listed(DocumentFormat format, String language, String sha256) {}

  void insert(StoredStatement s) {
    jdbc.sql(INSERT)
        .param("id", s.id())
        .param("customerId", s.customerId())
        .param("month", s.month().toString())
        .param("version", s.version())
        .param("status", s.status().id())
        .param("periodFrom", Timestamps.of(s.periodFrom()))
        .param("periodTo", Timestamps.of(s.periodTo()))
        .param("asOf", Timestamps.of(s.asOf()))
        .param("contractVersion", s.contractVersion())
        .param("contractLanguage", s.contractLanguage().code())
        .param("inputsDigest", s.inputsDigest())
        .param("jsonSha256", s.jsonSha256())
        .param("inputTickets", s.inputs().tickets())
        .param("inputEvents", s.inputs().events())
        .param("inputOutages", s.inputs().outages())
        .param("ticketsLeftOut", s.inputs().ticketsLeftOut())
        .param("creditsTotal", s.creditsTotal())
        .param("currency", s.currency())
        .param("reason", s.reason())
        .param("changes", s.changes())
        .param("closedAt", Timestamps.of(s.closedAt()))
        .param("closedByNode", s.closedByNode())
        .update();
  }

  /** Stores a statement's documents, in one JDBC batch. */
  void insertDocuments(StoredStatement s, List<StoredDocument> documents, Instant at) {
    batch.batchUpdate(
        INSERT_DOCUMENT,
        documents.stream()
            .map(
                d ->
                    new MapSqlParameterSource()
                        .addValue("statementId", s.id())
                        .addValue("customerId", s.customerId())
                        .addValue("format", d.format().id())
                        .addValue("language", d.language())
                        .addValue("content", d.content())
                        .addValue("sha256", d.sha256())
                        .addValue("storedAt", Timestamps.of(at)))
            .toArray(MapSqlParameterSource[]::new));
  }

  Optional<StoredStatement> latest(StatementKey key) {
    return jdbc.sql(LATEST)
        .param("customerId", key.customerId())
        .param("month", key.month().toString())
        .query(StatementRepository::row)
        .optional();
  }

  Optional<StoredStatement> version(StatementKey key, int version) {
    return jdbc.sql(VERSION)
        .param("customerId", key.customerId())
        .param("month", key.month().toString())
        .param("version", version)
        .query(StatementRepository::row)
        .optional();
  }

  /** A statement by id; not scoped by customer: for the server's own work (its attachments). */
  Optional<StoredStatement> byId(String id) {
    return jdbc.sql(BY_ID).param("id", id).query(StatementRepository::row).optional();
  }

  List<StoredStatement> page(String customerId, YearMonth month, PageRequest request) {
    return jdbc.sql(PAGE + SORTS.get(request.sort()) + PAGE_END)
        .param("customerId", customerId)
        .param("month", month == null ? null : month.toString())
        .param("offset", request.offset())
        .param("size", request.size())
        .query(StatementRepository::row)
        .list();
  }

  long count(String customerId, YearMonth month) {
    return jdbc.sql(COUNT)
        .param("customerId", customerId)
        .param("month", month == null ? null : month.toString())
        .query(Long.class)
        .single();
  }

  Optional<StoredDocument> document(StoredStatement s, DocumentFormat format, String language) {
    return jdbc.sql(DOCUMENT)
        .param("customerId", s.customerId())
        .param("statementId", s.id())
        .param("format", format.id())
        .param("language", language)
        .query(
            (rs, n) ->
                new StoredDocument(
                    format, language, rs.getBytes("content"), rs.getString("sha256")))
        .optional();
  }

  List<Listed> documents(StoredStatement s) {
    return jdbc.sql(DOCUMENTS)
        .param("customerId", s.customerId())
        .param("statementId", s.id())
        .query(
            (rs, n) ->
                new Listed(
                    DocumentFormat.of(rs.getString("format")).orElseThrow(),
                    rs.getString("language"),
                    rs.getString("sha256")))
        .list();
  }

  private static StoredStatement row(ResultSet rs, int n) throws SQLException {
    return new StoredStatement(
        rs.getString("id"),
        new StatementKey(
            rs.getString("customer_id"), YearMonth.parse(rs.getString("period_month"))),
        rs.getInt("version"),
        StatementStatus.fromId(rs.getString("status")).orElseThrow(),
        Timestamps.read(rs, "period_from"),
        Timestamps.read(rs, "period_to"),
        Timestamps.read(rs, "as_of"),
        rs.getInt("contract_version"),
        DocumentLanguage.fromCode(rs.getString("contract_language")).orElseThrow(),
        rs.getString("inputs_digest"),
        rs.getString("json_sha256"),
        new StatementComputation.Inputs(
            rs.getInt("input_tickets"),
            rs.getInt("input_events"),
            rs.getInt("input_outages"),
            rs.getInt("tickets_left_out")),
        rs.getBigDecimal("credits_total"),
        rs.getString("currency"),
        rs.getString("reason"),
        rs.getString("changes"),
        Timestamps.read(rs, "closed_at"),
        rs.getString("closed_by_node"));
  }
}
