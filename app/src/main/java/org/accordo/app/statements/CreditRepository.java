package org.accordo.app.statements;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.accordo.app.jdbc.Timestamps;
import org.accordo.app.web.PageRequest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code credit_line} and {@code credit_settlement} tables. Lines are inserted and never
 * changed; a settlement is a row whose primary key is its line's, so the database itself refuses a
 * second one ({@code DuplicateKeyException}).
 */
@Repository
class CreditRepository {

  /** The sort keys of the list. */
  static final Map<String, String> SORTS =
      Map.of(
          "month", "l.period_month, l.statement_version, l.line_no",
          "-month", "l.period_month DESC, l.statement_version, l.line_no");

  private static final String COLUMNS =
      """
      l.id, l.customer_id, l.period_month, l.statement_id, l.statement_version, l.line_no, l.entry, l.kind,
      l.rule, l.service, l.percent, l.amount, l.currency, l.evidence, l.created_at, s.outcome,
      s.invoice_reference, s.reason, s.settled_at, s.settled_by""";
  private static final String FROM =
      " FROM credit_line l LEFT JOIN credit_settlement s ON s.credit_line_id = l.id ";
  private static final String FILTER =
      """
       WHERE (CAST(:customerId AS VARCHAR(64)) IS NULL OR l.customer_id = :customerId)
         AND (CAST(:month AS VARCHAR(7)) IS NULL OR l.period_month = :month)
         AND (CAST(:state AS VARCHAR(16)) IS NULL OR COALESCE(s.outcome, 'owed') = :state)""";
  private static final String INSERT =
      """
      INSERT INTO credit_line (id, customer_id, period_month, statement_id, statement_version, line_no,
                               entry, kind, rule, service, percent, amount, currency, evidence,
                               created_at)
      VALUES (:id, :customerId, :month, :statementId, :statementVersion, :lineNo, :entry, :kind,
              :rule, :service, :percent, :amount, :currency, :evidence, :createdAt)""";
  private static final String SETTLE =
      """
      INSERT INTO credit_settlement (credit_line_id, customer_id, outcome, invoice_reference, reason,
                                     settled_at, settled_by)
      VALUES (:lineId, :customerId, :outcome, :invoiceReference, :reason, :settledAt, :settledBy)""";
  private static final String PAGE_END = " OFFSET :offset ROWS FETCH FIRST :size ROWS ONLY";

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batch;

  /** Both on the same DataSource, so a batch joins the caller's transaction. */
  CreditRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  /** Filters of the list; a null field does not filter. */
  record Filter(String customerId, YearMonth month, CreditLine.State state) {}

  /** Writes lines, in one JDBC batch. */
  void insertAll(List<CreditLine> lines) {
    if (lines.isEmpty()) {
      return;
    }
    batch.batchUpdate(
        INSERT,
        lines.stream()
            .map(
                l ->
                    new MapSqlParameterSource()
                        .addValue("id", l.id())
                        .addValue("customerId", l.key().customerId())
                        .addValue("month", l.key().month().toString())
                        .addValue("statementId", l.statementId())
                        .addValue("statementVersion", l.statementVersion())
                        .addValue("lineNo", l.lineNo())
                        .addValue("entry", l.entry().id())
                        .addValue("kind", l.kind())
                        .addValue("rule", l.rule())
                        .addValue("service", l.service())
                        .addValue("percent", l.percent())
                        .addValue("amount", l.amount())
                        .addValue("currency", l.currency())
                        .addValue("evidence", l.evidence())
                        .addValue("createdAt", Timestamps.of(l.createdAt())))
            .toArray(MapSqlParameterSource[]::new));
  }

  /** Every line of the month, in the order written. */
  List<CreditLine> ofMonth(StatementKey key) {
    return bind(
            jdbc.sql("SELECT " + COLUMNS + FROM + FILTER + " ORDER BY " + SORTS.get("month")),
            new Filter(key.customerId(), key.month(), null))
        .query(CreditRepository::row)
        .list();
  }

  Optional<CreditLine> find(String customerId, String id) {
    return jdbc.sql(
            "SELECT " + COLUMNS + FROM + " WHERE l.customer_id = :customerId AND l.id = :id")
        .param("customerId", customerId)
        .param("id", id)
        .query(CreditRepository::row)
        .optional();
  }

  List<CreditLine> page(Filter filter, PageRequest request) {
    return bind(
            jdbc.sql(
                "SELECT "
                    + COLUMNS
                    + FROM
                    + FILTER
                    + " ORDER BY "
                    + SORTS.get(request.sort())
                    + PAGE_END),
            filter)
        .param("offset", request.offset())
        .param("size", request.size())
        .query(CreditRepository::row)
        .list();
  }

  long count(Filter filter) {
    return bind(jdbc.sql("SELECT COUNT(*)" + FROM + FILTER), filter).query(Long.class).single();
  }

  /** Every line the filter takes, by customer and month, handed over one at a time. */
  void each(Filter filter, Consumer<CreditLine> each) {
    bind(
            jdbc.sql(
                "SELECT "
                    + COLUMNS
                    + FROM
                    + FILTER
                    + " ORDER BY l.customer_id, l.period_month, l.statement_version, l.line_no"),
            filter)
        .query((ResultSet rs) -> each.accept(row(rs, 0)));
  }

  /**
   * Records a line's settlement.
   *
   * @throws org.springframework.dao.DuplicateKeyException when the line was settled already
   */
  void settle(CreditLine line, CreditLine.Settlement settlement) {
    jdbc.sql(SETTLE)
        .param("lineId", line.id())
        .param("customerId", line.key().customerId())
        .param("outcome", settlement.outcome().id())
        .param("invoiceReference", settlement.invoiceReference())
        .param("reason", settlement.reason())
        .param("settledAt", Timestamps.of(settlement.settledAt()))
        .param("settledBy", settlement.settledBy())
        .update();
  }

  private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Filter filter) {
    return statement
        .param("customerId", filter.customerId())
        .param("month", filter.month() == null ? null : filter.month().toString())
        .param("state", filter.state() == null ? null : filter.state().id());
  }

  private static CreditLine row(ResultSet rs, int n) throws SQLException {
    String outcome = rs.getString("outcome");
    return new CreditLine(
        rs.getString("id"),
        new StatementKey(
            rs.getString("customer_id"), YearMonth.parse(rs.getString("period_month"))),
        rs.getString("statement_id"),
        rs.getInt("statement_version"),
        rs.getInt("line_no"),
        CreditLine.Entry.of(rs.getString("entry")),
        rs.getString("kind"),
        rs.getString("rule"),
        rs.getString("service"),
        rs.getString("percent"),
        rs.getBigDecimal("amount"),
        rs.getString("currency"),
        rs.getString("evidence"),
        Timestamps.read(rs, "created_at"),
        outcome == null
            ? Optional.empty()
            : Optional.of(
                new CreditLine.Settlement(
                    CreditLine.State.of(outcome).orElseThrow(),
                    rs.getString("invoice_reference"),
                    rs.getString("reason"),
                    Timestamps.read(rs, "settled_at"),
                    rs.getString("settled_by"))));
  }
}
