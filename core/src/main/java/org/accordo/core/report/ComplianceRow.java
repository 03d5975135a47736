package org.accordo.core.report;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.accordo.core.policy.Metric;

/**
 * How one SLA kept one metric at one priority in a period: clocks that stopped in it, met or
 * breached. A target no clock stopped under in the period has a row of zeros and no share.
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
    if (met < 0 || breached < 0) {
      throw new IllegalArgumentException(
          "a compliance row counts clocks, was " + met + " met, " + breached + " breached");
    }
  }

  /**
   * {@code met / (met + breached)}, rounded half-even to 6 decimals; empty when no clock was
   * measured (never a 0% that nobody earned).
   */
  public Optional<BigDecimal> shareMet() {
    return Shares.of(met, breached);
  }
}
