package org.accordo.core.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.accordo.core.policy.Metric;

/**
 * How one SLA kept one metric at one priority in a period: clocks that stopped in it, met or
 * breached.
 *
 * @param sla the SLA's id
 * @param metric the metric
 * @param priority the priority
 * @param met clocks that stopped within their target
 * @param breached clocks that stopped past their target
 */
public record ComplianceRow(String sla, Metric metric, String priority, int met, int breached) {

  public ComplianceRow {
    Objects.requireNonNull(sla, "sla");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(priority, "priority");
    if (met < 0 || breached < 0 || met + breached == 0) {
      throw new IllegalArgumentException(
          "a compliance row counts at least one clock, was "
              + met
              + " met, "
              + breached
              + " breached");
    }
  }

  /** {@code met / (met + breached)}, rounded half-even to 6 decimals. */
  public BigDecimal shareMet() {
    return BigDecimal.valueOf(met)
        .divide(BigDecimal.valueOf(met + breached), 6, RoundingMode.HALF_EVEN);
  }
}
