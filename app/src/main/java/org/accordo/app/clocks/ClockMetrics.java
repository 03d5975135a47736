package org.accordo.app.clocks;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.accordo.app.jdbc.Timestamps;
import org.accordo.app.operations.Cached;
import org.accordo.app.operations.OperationsSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The scheduler's lag, as gauges: {@code accordo.clocks.due} (tickets whose next check has come and
 * that no scheduler has computed yet) and {@code accordo.clocks.lag} (seconds from the earliest
 * such check to now; 0 when none is due). One indexed query ({@code ticket_sla_next_check}), run at
 * most once per {@code accordo.metrics.cache-for} (default 5 s) of the server's clock.
 */
@Component
class ClockMetrics implements MeterBinder {

  private static final Logger LOG = LoggerFactory.getLogger(ClockMetrics.class);
  private static final String DUE =
      """
      SELECT COUNT(*) AS due, MIN(next_check_at) AS earliest FROM ticket_sla WHERE next_check_at <= :now""";

  private final Cached<Lag> lag;

  ClockMetrics(JdbcClient jdbc, Clock clock, OperationsSettings settings) {
    this.lag = new Cached<>(now -> read(jdbc, now), clock, settings.metrics().cacheFor());
  }

  /**
   * Due tickets and the seconds the earliest of them has waited; NaN when the database could not
   * answer.
   */
  record Lag(double due, double seconds) {}

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("accordo.clocks.lag", lag, l -> l.get().seconds())
        .description(
            "Seconds from the earliest due clock check not computed yet to now; 0 when none is due")
        .baseUnit("seconds")
        .register(registry);
    Gauge.builder("accordo.clocks.due", lag, l -> l.get().due())
        .description("Tickets whose clock check is due and not computed yet")
        .register(registry);
  }

  private static Lag read(JdbcClient jdbc, Instant now) {
    try {
      return jdbc.sql(DUE)
          .param("now", Timestamps.of(now))
          .query(
              (rs, n) -> {
                Instant earliest = Timestamps.read(rs, "earliest");
                double seconds =
                    earliest == null
                        ? 0
                        : Math.max(0, Duration.between(earliest, now).toMillis() / 1000.0);
                return new Lag(rs.getLong("due"), seconds);
              })
          .single();
    } catch (RuntimeException e) {
      LOG.warn("cannot read the clocks' lag for the metrics: {}", e.getMessage());
      return new Lag(Double.NaN, Double.NaN);
    }
  }
}
