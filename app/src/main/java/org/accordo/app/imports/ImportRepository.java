package org.accordo.app.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.accordo.app.jdbc.Timestamps;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code import_run}, {@code import_file} and {@code import_ticket} tables. A node claims an
 * import to run with {@code FOR UPDATE SKIP LOCKED} and a lease, so two nodes never run one.
 */
@Repository
class ImportRepository {

  private static final String COLUMNS =
      "id, customer_id, source, mode, state, phase, lines_total, lines_done, resume_line,"
          + " tickets_to_rebuild, tickets_rebuilt, attempts, requested_at, requested_by,"
          + " finished_at, failure, result";
  private static final String INSERT =
      """
      INSERT INTO import_run (id, customer_id, source, mode, state, phase, lines_total, lines_done,
                              resume_line, tickets_to_rebuild, tickets_rebuilt, attempts, lease_until,
                              node, requested_at, requested_by, finished_at, failure, result)
      VALUES (:id, :customerId, :source, :mode, 'queued', 'checking', :linesTotal, 0, 0, 0, 0, 0,
              NULL, NULL, :requestedAt, :requestedBy, NULL, NULL, NULL)""";
  private static final String FIND =
      "SELECT " + COLUMNS + " FROM import_run WHERE id = :id AND customer_id = :customerId";
  private static final String FIND_ANY = "SELECT " + COLUMNS + " FROM import_run WHERE id = :id";
  private static final String LIST =
      "SELECT "
          + COLUMNS
          + " FROM import_run WHERE customer_id = :customerId ORDER BY requested_at DESC, id";
  private static final String CLAIM =
      """
      SELECT id FROM import_run
       WHERE state IN ('queued', 'running')
         AND (lease_until IS NULL OR lease_until < :now OR node = :node)
       ORDER BY requested_at, id
       FETCH FIRST 1 ROWS ONLY
       FOR UPDATE SKIP LOCKED""";
  private static final String LEASE =
      """
      UPDATE import_run SET state = 'running', lease_until = :until, node = :node WHERE id = :id""";
  private static final String PROGRESS =
      "UPDATE import_run SET phase = :phase, lines_done = :linesDone, lease_until = :until WHERE id = :id";
  private static final String CHECKPOINT =
      "UPDATE import_run SET phase = :phase, resume_line = :line WHERE id = :id";
  private static final String TOTAL = "UPDATE import_run SET lines_total = :lines WHERE id = :id";
  private static final String CHECKED = "UPDATE import_run SET result = :result WHERE id = :id";
  private static final String REBUILD =
      """
      UPDATE import_run SET phase = 'clocks', tickets_to_rebuild = :tickets, resume_line = 0
       WHERE id = :id""";
  private static final String REBUILT =
      "UPDATE import_run SET tickets_rebuilt = tickets_rebuilt + :n, lease_until = :until WHERE id = :id";
  private static final String FINISH =
      """
      UPDATE import_run SET state = :state, phase = 'done', finished_at = :at, result = :result,
                            failure = :failure, lease_until = NULL WHERE id = :id""";
  private static final String RETRY =
      """
      UPDATE import_run SET attempts = attempts + 1, failure = :failure, lease_until = :retryAt, node = NULL
       WHERE id = :id""";
  private static final String ADD_CHUNK =
      """
      INSERT INTO import_file (import_id, part, file_name, seq, content)
      VALUES (:id, :part, :fileName, :seq, :content)""";
  private static final String CHUNK =
      "SELECT content FROM import_file WHERE import_id = :id AND part = :part AND seq = :seq";
  private static final String FILE_NAME =
      "SELECT file_name FROM import_file WHERE import_id = :id AND part = :part AND seq = 0";
  private static final String ADD_TICKET =
      "INSERT INTO import_ticket (import_id, ticket_id, rebuilt) VALUES (:id, :ticketId, FALSE)";
  private static final String TICKETS_ADDED =
      "SELECT ticket_id FROM import_ticket WHERE import_id = :id AND ticket_id IN (:ticketIds)";
  private static final String UNFINISHED =
      """
      SELECT t.ticket_id FROM import_ticket t JOIN import_run r ON r.id = t.import_id
       WHERE r.customer_id = :customerId AND r.state IN ('queued', 'running') AND t.rebuilt = FALSE""";
  private static final String COUNT_TICKETS =
      "SELECT COUNT(*) FROM import_ticket WHERE import_id = :id";
  private static final String NOT_REBUILT =
      """
      SELECT ticket_id FROM import_ticket WHERE import_id = :id AND rebuilt = FALSE AND ticket_id > :after
       ORDER BY ticket_id FETCH FIRST :size ROWS ONLY""";
  private static final String MARK_REBUILT =
      "UPDATE import_ticket SET rebuilt = TRUE WHERE import_id = :id AND ticket_id IN (:ticketIds)";

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batch;

  ImportRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  void insert(ImportRun run) {
    jdbc.sql(INSERT)
        .param("id", run.id())
        .param("customerId", run.customerId())
        .param("source", run.source())
        .param("mode", run.mode().name().toLowerCase(java.util.Locale.ROOT))
        .param("linesTotal", run.linesTotal())
        .param("requestedAt", Timestamps.of(run.requestedAt()))
        .param("requestedBy", run.requestedBy())
        .update();
  }

  Optional<ImportRun> find(String customerId, String id) {
    return jdbc.sql(FIND)
        .param("id", id)
        .param("customerId", customerId)
        .query(ImportRepository::row)
        .optional();
  }

  ImportRun get(String id) {
    return jdbc.sql(FIND_ANY).param("id", id).query(ImportRepository::row).single();
  }

  List<ImportRun> list(String customerId) {
    return jdbc.sql(LIST).param("customerId", customerId).query(ImportRepository::row).list();
  }

  /** Claims the oldest import to run or resume, leasing it to {@code node} until {@code until}. */
  Optional<String> claim(Instant now, String node, Instant until) {
    Optional<String> id =
        jdbc.sql(CLAIM)
            .param("now", Timestamps.of(now))
            .param("node", node)
            .query(String.class)
            .optional();
    id.ifPresent(i -> lease(i, node, until));
    return id;
  }

  void lease(String id, String node, Instant until) {
    jdbc.sql(LEASE)
        .param("id", id)
        .param("node", node)
        .param("until", Timestamps.of(until))
        .update();
  }

  void progress(String id, ImportPhase phase, long linesDone, Instant leaseUntil) {
    jdbc.sql(PROGRESS)
        .param("id", id)
        .param("phase", phase.id())
        .param("linesDone", linesDone)
        .param("until", Timestamps.of(leaseUntil))
        .update();
  }

  void checkpoint(String id, ImportPhase phase, long line) {
    jdbc.sql(CHECKPOINT).param("id", id).param("phase", phase.id()).param("line", line).update();
  }

  void total(String id, long lines) {
    jdbc.sql(TOTAL).param("id", id).param("lines", lines).update();
  }

  /** Keeps the outcome of the check, which a completed import answers. */
  void finishCheck(String id, String result) {
    jdbc.sql(CHECKED).param("id", id).param("result", result).update();
  }

  void rebuildPhase(String id, int tickets) {
    jdbc.sql(REBUILD).param("id", id).param("tickets", tickets).update();
  }

  void rebuilt(String id, int n, Instant leaseUntil) {
    jdbc.sql(REBUILT)
        .param("id", id)
        .param("n", n)
        .param("until", Timestamps.of(leaseUntil))
        .update();
  }

  void finish(String id, ImportState state, Instant at, String result, String failure) {
    jdbc.sql(FINISH)
        .param("id", id)
        .param("state", state.id())
        .param("at", Timestamps.of(at))
        .param("result", result)
        .param("failure", failure)
        .update();
  }

  /** Records a failed attempt; the import is claimed again from {@code retryAt}. */
  void retry(String id, String failure, Instant retryAt) {
    jdbc.sql(RETRY)
        .param("id", id)
        .param("failure", failure)
        .param("retryAt", Timestamps.of(retryAt))
        .update();
  }

  void addChunk(String id, String part, String fileName, int seq, String content) {
    jdbc.sql(ADD_CHUNK)
        .param("id", id)
        .param("part", part)
        .param("fileName", fileName)
        .param("seq", seq)
        .param("content", content)
        .update();
  }

  Optional<String> chunk(String id, String part, int seq) {
    return jdbc.sql(CHUNK)
        .param("id", id)
        .param("part", part)
        .param("seq", seq)
        .query(String.class)
        .optional();
  }

  Optional<String> fileName(String id, String part) {
    return jdbc.sql(FILE_NAME).param("id", id).param("part", part).query(String.class).optional();
  }

  /**
   * Adds the tickets to those whose clocks the import rebuilds, each once: the ones added by an
   * earlier chunk are read in one query, the others inserted in one batch (multi-row inserts on
   * PostgreSQL). One node runs an import at a time (its lease), and its lanes store disjoint
   * tickets ({@link ImportChunk#split}), so nothing adds the same ones meanwhile.
   */
  void addTickets(String id, Collection<String> ticketIds) {
    if (ticketIds.isEmpty()) {
      return;
    }
    Set<String> added =
        new HashSet<>(
            jdbc.sql(TICKETS_ADDED)
                .param("id", id)
                .param("ticketIds", ticketIds)
                .query(String.class)
                .list());
    SqlParameterSource[] rows =
        ticketIds.stream()
            .filter(t -> !added.contains(t))
            .distinct()
            .map(t -> new MapSqlParameterSource().addValue("id", id).addValue("ticketId", t))
            .toArray(SqlParameterSource[]::new);
    if (rows.length > 0) {
      batch.batchUpdate(ADD_TICKET, rows);
    }
  }

  /**
   * The customer's tickets that an import not finished yet stores or has stored and has not rebuilt
   * the clocks of.
   */
  Set<String> unfinishedTickets(String customerId) {
    return new HashSet<>(
        jdbc.sql(UNFINISHED).param("customerId", customerId).query(String.class).list());
  }

  int countTickets(String id) {
    return jdbc.sql(COUNT_TICKETS).param("id", id).query(Integer.class).single();
  }

  /**
   * Up to {@code size} tickets of the import whose clocks are not rebuilt yet, with ids after
   * {@code after} (empty: from the first), in order of id.
   */
  List<String> notRebuilt(String id, String after, int size) {
    return jdbc.sql(NOT_REBUILT)
        .param("id", id)
        .param("after", after)
        .param("size", size)
        .query(String.class)
        .list();
  }

  void markRebuilt(String id, Collection<String> ticketIds) {
    jdbc.sql(MARK_REBUILT).param("id", id).param("ticketIds", ticketIds).update();
  }

  private static ImportRun row(ResultSet rs, int n) throws SQLException {
    return new ImportRun(
        rs.getString("id"),
        rs.getString("customer_id"),
        rs.getString("source"),
        ImportMode.valueOf(rs.getString("mode").toUpperCase(java.util.Locale.ROOT)),
        ImportState.fromId(rs.getString("state")),
        ImportPhase.fromId(rs.getString("phase")),
        rs.getLong("lines_total"),
        rs.getLong("lines_done"),
        rs.getLong("resume_line"),
        rs.getInt("tickets_to_rebuild"),
        rs.getInt("tickets_rebuilt"),
        rs.getInt("attempts"),
        Timestamps.read(rs, "requested_at"),
        rs.getString("requested_by"),
        Timestamps.read(rs, "finished_at"),
        rs.getString("failure"),
        rs.getString("result"));
  }
}
