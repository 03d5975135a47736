package org.accordo.app.monitoring;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.accordo.app.jdbc.Timestamps;
import org.accordo.app.web.PageRequest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code monitor} table: what each monitor checks and how often. Every read names the customer,
 * except {@link #findForRun} for the scheduler, which works for every customer.
 */
@Repository
class MonitorRepository {

  private static final String COLUMNS =
      "id, customer_id, service, name, kind, url, method, expected_statuses, keyword,"
          + " keyword_rule, host, port, warn_days, interval_millis, timeout_millis, confirm_after,"
          + " recover_after, active, created_at, updated_at";
  private static final String INSERT =
      """
      INSERT INTO monitor (id, customer_id, service, name, kind, url, method, expected_statuses,
                           keyword, keyword_rule, host, port, warn_days, interval_millis,
                           timeout_millis, confirm_after, recover_after, active, created_at,
                           updated_at)
      VALUES (:id, :customerId, :service, :name, :kind, :url, :method, :expectedStatuses, :keyword,
              :keywordRule, :host, :port, :warnDays, :intervalMillis, :timeoutMillis, :confirmAfter,
              :recoverAfter, :active, :createdAt, :updatedAt)""";
  private static final String UPDATE =
      """
      UPDATE monitor SET service = :service, name = :name, kind = :kind, url = :url,
             method = :method, expected_statuses = :expectedStatuses, keyword = :keyword,
             keyword_rule = :keywordRule, host = :host, port = :port, warn_days = :warnDays,
             interval_millis = :intervalMillis, timeout_millis = :timeoutMillis,
             confirm_after = :confirmAfter, recover_after = :recoverAfter, active = :active,
             updated_at = :updatedAt
       WHERE customer_id = :customerId AND id = :id""";
  private static final String FIND =
      "SELECT " + COLUMNS + " FROM monitor WHERE customer_id = :customerId AND id = :id";
  private static final String FIND_FOR_RUN = "SELECT " + COLUMNS + " FROM monitor WHERE id = :id";
  private static final String PAGE =
      "SELECT "
          + COLUMNS
          + """
       FROM monitor WHERE customer_id = :customerId ORDER BY created_at, id
      OFFSET :offset ROWS FETCH FIRST :size ROWS ONLY""";
  private static final String COUNT =
      "SELECT COUNT(*) FROM monitor WHERE customer_id = :customerId";
  private static final String OF_CUSTOMER =
      "SELECT " + COLUMNS + " FROM monitor WHERE customer_id = :customerId ORDER BY service, id";
  private static final String DELETE =
      "DELETE FROM monitor WHERE customer_id = :customerId AND id = :id";

  private final JdbcClient jdbc;

  MonitorRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Monitor monitor) {
    jdbc.sql(INSERT).paramSource(params(monitor)).update();
  }

  /** Replaces what the monitor checks; false when it is gone. */
  boolean update(Monitor monitor) {
    return jdbc.sql(UPDATE).paramSource(params(monitor)).update() == 1;
  }

  boolean delete(String customerId, String id) {
    return jdbc.sql(DELETE).param("customerId", customerId).param("id", id).update() == 1;
  }

  Optional<Monitor> find(String customerId, String id) {
    return jdbc.sql(FIND)
        .param("customerId", customerId)
        .param("id", id)
        .query(MonitorRepository::map)
        .optional();
  }

  /** A monitor of any customer, for the check that was claimed for it. */
  Optional<Monitor> findForRun(String id) {
    return jdbc.sql(FIND_FOR_RUN).param("id", id).query(MonitorRepository::map).optional();
  }

  List<Monitor> page(String customerId, PageRequest request) {
    return jdbc.sql(PAGE)
        .param("customerId", customerId)
        .param("offset", request.offset())
        .param("size", request.size())
        .query(MonitorRepository::map)
        .list();
  }

  long count(String customerId) {
    return jdbc.sql(COUNT).param("customerId", customerId).query(Long.class).single();
  }

  /** Every monitor of the customer, by service. */
  List<Monitor> ofCustomer(String customerId) {
    return jdbc.sql(OF_CUSTOMER)
        .param("customerId", customerId)
        .query(MonitorRepository::map)
        .list();
  }

  private static MapSqlParameterSource params(Monitor m) {
    MapSqlParameterSource p =
        new MapSqlParameterSource()
            .addValue("id", m.id())
            .addValue("customerId", m.customerId())
            .addValue("service", m.service())
            .addValue("name", m.name())
            .addValue("kind", m.probe().kind().id())
            .addValue("url", null)
            .addValue("method", null)
            .addValue("expectedStatuses", null)
            .addValue("keyword", null)
            .addValue("keywordRule", null)
            .addValue("host", null)
            .addValue("port", null)
            .addValue("warnDays", null)
            .addValue("intervalMillis", m.cadence().interval().toMillis())
            .addValue("timeoutMillis", m.cadence().timeout().toMillis())
            .addValue("confirmAfter", m.cadence().confirmAfter())
            .addValue("recoverAfter", m.cadence().recoverAfter())
            .addValue("active", m.active())
            .addValue("createdAt", Timestamps.of(m.createdAt()))
            .addValue("updatedAt", Timestamps.of(m.updatedAt()));
    if (m.probe() instanceof Probe.Http http) {
      p.addValue("url", http.url().toString())
          .addValue("method", http.method().name())
          .addValue(
              "expectedStatuses",
              http.expectedStatuses().stream()
                  .map(String::valueOf)
                  .collect(Collectors.joining(",")))
          .addValue("keyword", http.keyword().orElse(null))
          .addValue("keywordRule", http.keyword().map(k -> http.keywordRule().id()).orElse(null));
    } else if (m.probe() instanceof Probe.Tcp tcp) {
      p.addValue("host", tcp.host()).addValue("port", tcp.port());
    } else if (m.probe() instanceof Probe.Tls tls) {
      p.addValue("host", tls.host())
          .addValue("port", tls.port())
          .addValue("warnDays", tls.warnDays());
    }
    return p;
  }

  static Monitor map(ResultSet rs, int row) throws SQLException {
    return new Monitor(
        rs.getString("id"),
        rs.getString("customer_id"),
        rs.getString("service"),
        rs.getString("name"),
        probe(rs),
        new Cadence(
            Duration.ofMillis(rs.getLong("interval_millis")),
            Duration.ofMillis(rs.getLong("timeout_millis")),
            rs.getInt("confirm_after"),
            rs.getInt("recover_after")),
        rs.getBoolean("active"),
        Timestamps.read(rs, "created_at"),
        Timestamps.read(rs, "updated_at"));
  }

  private static Probe probe(ResultSet rs) throws SQLException {
    MonitorKind kind =
        MonitorKind.of(rs.getString("kind"))
            .orElseThrow(() -> new IllegalStateException("unknown monitor kind"));
    return switch (kind) {
      case HTTP ->
          new Probe.Http(
              URI.create(rs.getString("url")),
              CheckMethod.valueOf(rs.getString("method")),
              Arrays.stream(rs.getString("expected_statuses").split(","))
                  .map(Integer::valueOf)
                  .toList(),
              Optional.ofNullable(rs.getString("keyword")),
              Optional.ofNullable(rs.getString("keyword_rule"))
                  .flatMap(KeywordRule::of)
                  .orElse(KeywordRule.PRESENT));
      case TCP -> new Probe.Tcp(rs.getString("host"), rs.getInt("port"));
      case TLS -> new Probe.Tls(rs.getString("host"), rs.getInt("port"), rs.getInt("warn_days"));
    };
  }
}
