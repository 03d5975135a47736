package org.accordo.app.clocks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.accordo.app.jdbc.Timestamps;
import org.accordo.core.clock.ClockState;
import org.accordo.core.policy.Metric;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads of the {@code clock} and {@code escalation} tables for the board: open clocks in due order
 * (the index {@code clock_open_due} gives that order, so a page reads only its rows) and the
 * breaches of a period per customer.
 */
@Repository
class OpenClockRepository {

  /** Stands for "no bound" on the due instant, so that the bound stays a plain index condition. */
  private static final Instant NO_BOUND = Instant.parse("9999-12-31T00:00:00Z");

  private static final String OPEN =
      """
      SELECT ticket_id, metric, cycle, customer_id, priority, state, due_at, escalations
        FROM clock
       WHERE stopped_at IS NULL AND due_at <= :dueBefore AND state IN ('running', 'breached')
         AND (CAST(:customerId AS VARCHAR(64)) IS NULL OR customer_id = :customerId)
         AND (CAST(:priority AS VARCHAR(32)) IS NULL OR priority = :priority)
         AND (CAST(:metric AS VARCHAR(32)) IS NULL OR metric = :metric)
       ORDER BY stopped_at, due_at, ticket_id, metric, cycle
      OFFSET :offset ROWS FETCH FIRST :limit ROWS ONLY""";

  /**
   * {@link #OPEN} for one customer, written without the "any customer" alternative so that a
   * prepared statement's generic plan walks {@code clock_customer_open_due} from the customer.
   */
  private static final String OPEN_OF_CUSTOMER =
      """
      SELECT ticket_id, metric, cycle, customer_id, priority, state, due_at, escalations
        FROM clock
       WHERE customer_id = :customerId
         AND stopped_at IS NULL AND due_at <= :dueBefore AND state IN ('running', 'breached')
         AND (CAST(:priority AS VARCHAR(32)) IS NULL OR priority = :priority)
         AND (CAST(:metric AS VARCHAR(32)) IS NULL OR metric = :metric)
       ORDER BY stopped_at, due_at, ticket_id, metric, cycle
      OFFSET :offset ROWS FETCH FIRST :limit ROWS ONLY""";

  private static final String BREACHES =
      """
      SELECT customer_id, COUNT(*) AS breaches
        FROM escalation
       WHERE kind = 'breach' AND occurred_at >= :from AND occurred_at < :until
         AND (CAST(:customerId AS VARCHAR(64)) IS NULL OR customer_id = :customerId)
       GROUP BY customer_id""";

  private final JdbcClient jdbc;
  private final JsonMapper json;

  OpenClockRepository(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  List<OpenClock> open(OpenClocks.Filter filter, OpenClocks.Slice slice) {
    return jdbc.sql(filter.customerId() == null ? OPEN : OPEN_OF_CUSTOMER)
        .param(
            "dueBefore", Timestamps.of(filter.dueBefore() == null ? NO_BOUND : filter.dueBefore()))
        .param("customerId", filter.customerId())
        .param("priority", filter.priority())
        .param("metric", filter.metric() == null ? null : filter.metric().id())
        .param("offset", slice.offset())
        .param("limit", slice.limit())
        .query(this::row)
        .list();
  }

  Map<String, Long> breaches(String customerId, Instant from, Instant until) {
    Map<String, Long> counts = new LinkedHashMap<>();
    jdbc.sql(BREACHES)
        .param("from", Timestamps.of(from))
        .param("until", Timestamps.of(until))
        .param("customerId", customerId)
        .query(
            (ResultSet rs) -> {
              counts.put(rs.getString("customer_id"), rs.getLong("breaches"));
            });
    return counts;
  }

  private OpenClock row(ResultSet rs, int n) throws SQLException {
    return new OpenClock(
        rs.getString("ticket_id"),
        Metric.fromId(rs.getString("metric")).orElseThrow(),
        rs.getInt("cycle"),
        rs.getString("customer_id"),
        rs.getString("priority"),
        "breached".equals(rs.getString("state")) ? ClockState.BREACHED : ClockState.RUNNING,
        Timestamps.read(rs, "due_at"),
        firstThreshold(rs.getString("escalations")));
  }

  /** The instant of the lowest threshold below the target, crossed or expected; null if none. */
  private Instant firstThreshold(String escalations) {
    JsonNode first = null;
    for (JsonNode crossing : json.readTree(escalations)) {
      double fraction = crossing.path("at_fraction").asDouble();
      if (fraction < 1 && (first == null || fraction < first.path("at_fraction").asDouble())) {
        first = crossing;
      }
    }
    if (first == null) {
      return null;
    }
    String at = first.path("crossed_at").asString(null);
    if (at == null) {
      at = first.path("expected_at").asString(null);
    }
    return at == null ? null : Instant.parse(at);
  }
}
