package org.accordo.app.outages;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.accordo.app.jdbc.Timestamps;
import org.accordo.app.web.PageRequest;
import org.accordo.core.availability.OutageCause;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code outage} and {@code outage_change} tables. Every read names the customer. An outage's
 * end and cause change only through a guarded update ({@code ended_at IS NULL}, the cause it had),
 * so two concurrent changes cannot both win.
 */
@Repository
class OutageRepository {

  /** The sort keys of the list. */
  static final Map<String, String> SORTS =
      Map.of(
          "from", "started_at, id",
          "-from", "started_at DESC, id");

  private static final String COLUMNS =
      "id, customer_id, service, started_at, ended_at, cause, note, announced_at, kind,"
          + " recorded_at, recorded_by, updated_at";
  private static final String INSERT =
      """
      INSERT INTO outage (id, customer_id, service, started_at, ended_at, cause, note, announced_at,
                          kind, import_key, recorded_at, recorded_by, updated_at)
      VALUES (:id, :customerId, :service, :from, :to, :cause, :note, :announcedAt, :kind, :importKey,
              :recordedAt, :recordedBy, :updatedAt)""";
  private static final String FIND =
      "SELECT " + COLUMNS + " FROM outage WHERE customer_id = :customerId AND id = :id";
  private static final String FILTER =
      """
       WHERE customer_id = :customerId
         AND (CAST(:service AS VARCHAR(100)) IS NULL OR service = :service)
         AND (CAST(:cause AS VARCHAR(32)) IS NULL OR cause = :cause)
         AND (CAST(:ongoing AS BOOLEAN) IS NULL OR (ended_at IS NULL) = :ongoing)
         AND (CAST(:until AS TIMESTAMP WITH TIME ZONE) IS NULL OR started_at < :until)
         AND (CAST(:from AS TIMESTAMP WITH TIME ZONE) IS NULL OR ended_at IS NULL OR ended_at > :from)""";
  private static final String PAGE = "SELECT " + COLUMNS + " FROM outage " + FILTER + " ORDER BY ";
  private static final String PAGE_END = " OFFSET :offset ROWS FETCH FIRST :size ROWS ONLY";
  private static final String COUNT = "SELECT COUNT(*) FROM outage " + FILTER;
  private static final String AFFECTING =
      "SELECT "
          + COLUMNS
          + """
       FROM outage
      WHERE customer_id = :customerId AND started_at < :until
        AND (ended_at IS NULL OR ended_at > :from)
      ORDER BY started_at, id""";
  private static final String ONGOING =
      "SELECT "
          + COLUMNS
          + """
       FROM outage
      WHERE customer_id = :customerId AND service = :service AND ended_at IS NULL
      ORDER BY started_at, id""";
  private static final String CLOSE =
      """
      UPDATE outage SET ended_at = :to, updated_at = :at
       WHERE customer_id = :customerId AND id = :id AND ended_at IS NULL""";
  private static final String RECLASSIFY =
      """
      UPDATE outage SET cause = :cause, updated_at = :at
       WHERE customer_id = :customerId AND id = :id AND cause = :previous""";
  private static final String KEYS =
      """
      SELECT import_key FROM outage
       WHERE customer_id = :customerId AND import_key IN (:keys)""";
  private static final String INSERT_CHANGE =
      """
      INSERT INTO outage_change (outage_id, seq, customer_id, change_kind, changed_at, changed_by,
                                 cause, previous_cause, ended_at, reason, evidence)
      VALUES (:outageId, :seq, :customerId, :kind, :at, :by, :cause, :previousCause, :to, :reason,
              :evidence)""";
  private static final String NEXT_SEQ =
      "SELECT COALESCE(MAX(seq), 0) + 1 FROM outage_change WHERE outage_id = :outageId";
  private static final String HISTORY =
      """
      SELECT seq, change_kind, changed_at, changed_by, cause, previous_cause, ended_at, reason,
             evidence
        FROM outage_change WHERE customer_id = :customerId AND outage_id = :outageId ORDER BY seq""";

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batch;

  /** Both on the same DataSource, so a batch joins the caller's transaction. */
  OutageRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  /** Filters of the list; a null field does not filter. */
  record Filter(String service, OutageCause cause, Boolean ongoing, Instant from, Instant until) {}

  /** An outage to insert, with the key of the CSV record it comes from (or null). */
  record NewRow(RecordedOutage outage, String importKey, OutageChange recorded) {}

  /** Inserts outages and their first history step, in one JDBC batch each. */
  void insertAll(List<NewRow> rows) {
    if (rows.isEmpty()) {
      return;
    }
    batch.batchUpdate(
        INSERT,
        rows.stream()
            .map(
                row -> {
                  RecordedOutage o = row.outage();
                  return new MapSqlParameterSource()
                      .addValue("id", o.id())
                      .addValue("customerId", o.customerId())
                      .addValue("service", o.service())
                      .addValue("from", Timestamps.of(o.from()))
                      .addValue("to", Timestamps.of(o.to()))
                      .addValue("cause", o.cause().id())
                      .addValue("note", o.note())
                      .addValue("announcedAt", Timestamps.of(o.announcedAt()))
                      .addValue("kind", o.kind().id())
                      .addValue("importKey", row.importKey())
                      .addValue("recordedAt", Timestamps.of(o.recordedAt()))
                      .addValue("recordedBy", o.recordedBy())
                      .addValue("updatedAt", Timestamps.of(o.updatedAt()));
                })
            .toArray(MapSqlParameterSource[]::new));
    batch.batchUpdate(
        INSERT_CHANGE,
        rows.stream()
            .map(row -> change(row.outage(), row.recorded()))
            .toArray(MapSqlParameterSource[]::new));
  }

  Optional<RecordedOutage> find(String customerId, String id) {
    return jdbc.sql(FIND)
        .param("customerId", customerId)
        .param("id", id)
        .query(OutageRepository::row)
        .optional();
  }

  List<RecordedOutage> page(String customerId, Filter filter, PageRequest request) {
    return bind(jdbc.sql(PAGE + SORTS.get(request.sort()) + PAGE_END), customerId, filter)
        .param("offset", request.offset())
        .param("size", request.size())
        .query(OutageRepository::row)
        .list();
  }

  long count(String customerId, Filter filter) {
    return bind(jdbc.sql(COUNT), customerId, filter).query(Long.class).single();
  }

  /** The customer's outages that overlap {@code [from, until)}, ongoing ones included. */
  List<RecordedOutage> affecting(String customerId, Instant from, Instant until) {
    return jdbc.sql(AFFECTING)
        .param("customerId", customerId)
        .param("from", Timestamps.of(from))
        .param("until", Timestamps.of(until))
        .query(OutageRepository::row)
        .list();
  }

  List<RecordedOutage> ongoing(String customerId, String service) {
    return jdbc.sql(ONGOING)
        .param("customerId", customerId)
        .param("service", service)
        .query(OutageRepository::row)
        .list();
  }

  /** Records the end of an ongoing outage; false when it had ended already. */
  boolean close(String customerId, String id, Instant to, Instant at) {
    return jdbc.sql(CLOSE)
            .param("customerId", customerId)
            .param("id", id)
            .param("to", Timestamps.of(to))
            .param("at", Timestamps.of(at))
            .update()
        == 1;
  }

  /** Changes the cause from {@code previous}; false when the cause was no longer that. */
  boolean reclassify(
      String customerId, String id, OutageCause previous, OutageCause cause, Instant at) {
    return jdbc.sql(RECLASSIFY)
            .param("customerId", customerId)
            .param("id", id)
            .param("previous", previous.id())
            .param("cause", cause.id())
            .param("at", Timestamps.of(at))
            .update()
        == 1;
  }

  /** Of {@code keys}, those the customer's outages were already imported with. */
  Set<String> importedKeys(String customerId, Collection<String> keys) {
    if (keys.isEmpty()) {
      return Set.of();
    }
    return Set.copyOf(
        jdbc.sql(KEYS)
            .param("customerId", customerId)
            .param("keys", keys)
            .query(String.class)
            .list());
  }

  /** Appends a step to the outage's history (after its row was changed and so locked). */
  void addChange(RecordedOutage outage, OutageChange.Kind kind, ChangeDetail detail) {
    int seq = jdbc.sql(NEXT_SEQ).param("outageId", outage.id()).query(Integer.class).single();
    batch.update(
        INSERT_CHANGE,
        change(
            outage,
            new OutageChange(
                seq,
                kind,
                detail.at(),
                detail.by(),
                outage.cause(),
                detail.previousCause(),
                detail.to(),
                detail.reason(),
                detail.evidence())));
  }

  /** What a change adds to the history besides the outage as changed. */
  record ChangeDetail(
      Instant at,
      String by,
      OutageCause previousCause,
      Instant to,
      String reason,
      String evidence) {}

  List<OutageChange> history(String customerId, String outageId) {
    return jdbc.sql(HISTORY)
        .param("customerId", customerId)
        .param("outageId", outageId)
        .query(OutageRepository::change)
        .list();
  }

  private static MapSqlParameterSource change(RecordedOutage outage, OutageChange change) {
    return new MapSqlParameterSource()
        .addValue("outageId", outage.id())
        .addValue("seq", change.seq())
        .addValue("customerId", outage.customerId())
        .addValue("kind", change.kind().id())
        .addValue("at", Timestamps.of(change.at()))
        .addValue("by", change.by())
        .addValue("cause", change.cause().id())
        .addValue(
            "previousCause", change.previousCause() == null ? null : change.previousCause().id())
        .addValue("to", Timestamps.of(change.to()))
        .addValue("reason", change.reason())
        .addValue("evidence", change.evidence());
  }

  private static JdbcClient.StatementSpec bind(
      JdbcClient.StatementSpec statement, String customerId, Filter filter) {
    return statement
        .param("customerId", customerId)
        .param("service", filter.service())
        .param("cause", filter.cause() == null ? null : filter.cause().id())
        .param("ongoing", filter.ongoing())
        .param("from", Timestamps.of(filter.from()))
        .param("until", Timestamps.of(filter.until()));
  }

  private static RecordedOutage row(ResultSet rs, int n) throws SQLException {
    return new RecordedOutage(
        rs.getString("id"),
        rs.getString("customer_id"),
        rs.getString("service"),
        Timestamps.read(rs, "started_at"),
        Timestamps.read(rs, "ended_at"),
        cause(rs.getString("cause")),
        rs.getString("note"),
        Timestamps.read(rs, "announced_at"),
        OutageKind.of(rs.getString("kind")),
        Timestamps.read(rs, "recorded_at"),
        rs.getString("recorded_by"),
        Timestamps.read(rs, "updated_at"));
  }

  private static OutageChange change(ResultSet rs, int n) throws SQLException {
    String previous = rs.getString("previous_cause");
    return new OutageChange(
        rs.getInt("seq"),
        OutageChange.Kind.of(rs.getString("change_kind")),
        Timestamps.read(rs, "changed_at"),
        rs.getString("changed_by"),
        cause(rs.getString("cause")),
        previous == null ? null : cause(previous),
        Timestamps.read(rs, "ended_at"),
        rs.getString("reason"),
        rs.getString("evidence"));
  }

  private static OutageCause cause(String id) {
    return OutageCause.fromId(id)
        .orElseThrow(() -> new IllegalStateException("stored outage cause '" + id + "'"));
  }
}
