package org.accordo.app.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.accordo.app.jdbc.Timestamps;
import org.accordo.core.availability.TimeSpan;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code monitor_coverage} table: the time each monitor's checks measured. A check covers its
 * interval from its start; a check that starts within the covered time extends the monitor's last
 * span, one after a gap starts a new span.
 */
@Repository
class CoverageRepository {

  private static final String EXTEND =
      """
      UPDATE monitor_coverage SET covered_to = :to
       WHERE monitor_id = :monitorId AND covered_from <= :at AND covered_to >= :at
         AND covered_to < :to""";
  private static final String COVERED =
      """
      SELECT COUNT(*) FROM monitor_coverage
       WHERE monitor_id = :monitorId AND covered_from <= :at AND covered_to >= :to""";
  private static final String INSERT =
      """
      INSERT INTO monitor_coverage (id, monitor_id, customer_id, service, covered_from, covered_to)
      VALUES (:id, :monitorId, :customerId, :service, :from, :to)""";
  private static final String CUT =
      """
      UPDATE monitor_coverage SET covered_to = :at
       WHERE monitor_id = :monitorId AND covered_from <= :at AND covered_to > :at""";
  private static final String CUT_CUSTOMER =
      """
      UPDATE monitor_coverage SET covered_to = :at
       WHERE customer_id = :customerId AND covered_from <= :at AND covered_to > :at""";
  private static final String SPANS =
      """
      SELECT covered_from, covered_to FROM monitor_coverage
       WHERE customer_id = :customerId AND service = :service
         AND covered_from < :until AND covered_to > :from
       ORDER BY covered_from""";

  private static final String SERVICES =
      """
      SELECT DISTINCT service FROM monitor_coverage
       WHERE customer_id = :customerId AND covered_from < :until AND covered_to > :from
       ORDER BY service""";

  private final JdbcClient jdbc;

  CoverageRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records that {@code monitor}'s check at {@code at} covers {@code [at, until)}. */
  void cover(Monitor monitor, Instant at, Instant until) {
    int extended =
        jdbc.sql(EXTEND)
            .param("monitorId", monitor.id())
            .param("at", Timestamps.of(at))
            .param("to", Timestamps.of(until))
            .update();
    if (extended > 0 || covered(monitor.id(), at, until)) {
      return;
    }
    jdbc.sql(INSERT)
        .param("id", UUID.randomUUID().toString())
        .param("monitorId", monitor.id())
        .param("customerId", monitor.customerId())
        .param("service", monitor.service())
        .param("from", Timestamps.of(at))
        .param("to", Timestamps.of(until))
        .update();
  }

  /** Ends the monitor's coverage at {@code at} (paused, deleted, moved to another service). */
  void cut(String monitorId, Instant at) {
    jdbc.sql(CUT).param("monitorId", monitorId).param("at", Timestamps.of(at)).update();
  }

  /** Ends the coverage of every monitor of the customer at {@code at} (the customer disabled). */
  void cutCustomer(String customerId, Instant at) {
    jdbc.sql(CUT_CUSTOMER).param("customerId", customerId).param("at", Timestamps.of(at)).update();
  }

  /**
   * The spans that the service's monitors covered within {@code [from, until)}, uncut, by start.
   */
  List<TimeSpan> spans(String customerId, String service, Instant from, Instant until) {
    return jdbc.sql(SPANS)
        .param("customerId", customerId)
        .param("service", service)
        .param("from", Timestamps.of(from))
        .param("until", Timestamps.of(until))
        .query(
            (rs, row) ->
                new TimeSpan(
                    Timestamps.read(rs, "covered_from"), Timestamps.read(rs, "covered_to")))
        .list();
  }

  /**
   * The services some check of the customer covered within {@code [from, until)}, also those whose
   * monitors were deleted since.
   */
  List<String> services(String customerId, Instant from, Instant until) {
    return jdbc.sql(SERVICES)
        .param("customerId", customerId)
        .param("from", Timestamps.of(from))
        .param("until", Timestamps.of(until))
        .query(String.class)
        .list();
  }

  private boolean covered(String monitorId, Instant at, Instant until) {
    return jdbc.sql(COVERED)
            .param("monitorId", monitorId)
            .param("at", Timestamps.of(at))
            .param("to", Timestamps.of(until))
            .query(Long.class)
            .single()
        > 0;
  }
}
