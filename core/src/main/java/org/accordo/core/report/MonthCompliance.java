package org.accordo.core.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * The clocks of one metric (every SLA and priority together) that stopped in one month.
 *
 * @param month the month
 * @param met clocks that stopped within their target
 * @param breached clocks that stopped past it
 */
public record MonthCompliance(YearMonth month, int met, int breached) {

  public MonthCompliance {
    Objects.requireNonNull(month, "month");
    if (met < 0 || breached < 0) {
      throw new IllegalArgumentException(
          "a month counts clocks, was " + met + " met, " + breached + " breached");
    }
  }

  /** {@code met / (met + breached)}, 6 decimals half-even; empty when no ticket was measured. */
  public Optional<BigDecimal> shareMet() {
    return Shares.of(met, breached);
  }
}
