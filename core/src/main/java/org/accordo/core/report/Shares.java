package org.accordo.core.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** The share of clocks met, the same wherever a report computes one. */
final class Shares {

  private Shares() {}

  /** {@code met / (met + breached)} rounded half-even to 6 decimals; empty when both are 0. */
  static Optional<BigDecimal> of(int met, int breached) {
    if (met + breached == 0) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(met)
            .divide(BigDecimal.valueOf(met + breached), 6, RoundingMode.HALF_EVEN));
  }
}
