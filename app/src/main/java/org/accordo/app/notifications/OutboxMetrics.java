package org.accordo.app.notifications;

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
 * The outbox's backlog, as gauges: {@code accordo.outbox.pending} (deliveries waiting: not yet
 * delivered nor dead, including retries waiting for their backoff and e-mails held by quiet hours),
 * {@code accordo.outbox.dead} (dead-lettered) and {@code accordo.outbox.oldest.pending.age}
 * (seconds since the oldest pending delivery was written; 0 when none is pending). Three queries on
 * the {@code (state, ...)} indexes, run at most once per {@code accordo.metrics.cache-for} (default
 * 5 s) of the server's clock.
 */
@Component
class OutboxMetrics implements MeterBinder {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxMetrics.class);
  private static final String COUNT = "SELECT COUNT(*) FROM notification WHERE state = :state";
  private static final String OLDEST =
      "SELECT MIN(created_at) AS oldest FROM notification WHERE state = 'pending'";

  private final Cached<Backlog> backlog;

  OutboxMetrics(JdbcClient jdbc, Clock clock, OperationsSettings settings) {
    this.backlog = new Cached<>(now -> read(jdbc, now), clock, settings.metrics().cacheFor());
  }

  /** The backlog; NaN when the database could not answer. */
  record Backlog(double pending, double dead, double oldestPendingSeconds) {}

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("accordo.outbox.pending", backlog, b -> b.get().pending())
        .description("Notification deliveries waiting (pending)")
        .register(registry);
    Gauge.builder("accordo.outbox.dead", backlog, b -> b.get().dead())
        .description("Notification deliveries dead-lettered after their last attempt")
        .register(registry);
    Gauge.builder("accordo.outbox.oldest.pending.age", backlog, b -> b.get().oldestPendingSeconds())
        .description(
            "Seconds since the oldest pending delivery was written; 0 when none is pending")
        .baseUnit("seconds")
        .register(registry);
  }

  private static Backlog read(JdbcClient jdbc, Instant now) {
    try {
      long pending =
          jdbc.sql(COUNT).param("state", DeliveryState.PENDING.id()).query(Long.class).single();
      long dead =
          jdbc.sql(COUNT).param("state", DeliveryState.DEAD.id()).query(Long.class).single();
      Instant oldest =
          jdbc.sql(OLDEST).query((rs, n) -> Timestamps.read(rs, "oldest")).optional().orElse(null);
      double age =
          oldest == null ? 0 : Math.max(0, Duration.between(oldest, now).toMillis() / 1000.0);
      return new Backlog(pending, dead, age);
    } catch (RuntimeException e) {
      LOG.warn("cannot read the outbox's backlog for the metrics: {}", e.getMessage());
      return new Backlog(Double.NaN, Double.NaN, Double.NaN);
    }
  }
}
