package org.accordo.app.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.accordo.app.outages.RecordedOutage;
import org.accordo.core.availability.DowntimeBudget;

/**
 * The live state of one monitored service of a customer.
 *
 * @param service the contract service
 * @param state down when a monitor of it is down, up when every active one is up, else unknown
 * @param monitors its monitors with their runs
 * @param currentOutage the outage of the service going on now, if any (whoever recorded it)
 * @param last24Hours what was measured over the last 24 hours
 * @param last30Days what was measured over the last 30 days
 * @param period what was measured in the current period so far
 * @param budget the current period's downtime budget under the contract's availability SLA of the
 *     service, if it has one
 */
record ServiceStatus(
    String service,
    ServiceState state,
    List<MonitorState> monitors,
    Optional<RecordedOutage> currentOutage,
    Measured last24Hours,
    Measured last30Days,
    Measured period,
    Optional<Budget> budget) {

  ServiceStatus {
    Objects.requireNonNull(service, "service");
    monitors = List.copyOf(monitors);
  }

  /** A monitor with its run of results. */
  record MonitorState(Monitor monitor, MonitorRun run) {}

  /**
   * The period's downtime budget.
   *
   * @param month the period, {@code 2026-03}
   * @param asOf now
   */
  record Budget(String month, java.math.BigDecimal target, DowntimeBudget budget, Instant asOf) {}
}
