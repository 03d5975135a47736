package org.accordo.core.simulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.accordo.core.credit.Money;

/**
 * One contract's totals over the period.
 *
 * @param met clocks met, every SLA, metric and priority
 * @param breached clocks breached
 * @param credits the sum of the months' credits owed (each month's total rounded to cents), empty
 *     when the contract has no credit terms
 */
public record ContractTotals(int met, int breached, Optional<Money> credits) {

  public ContractTotals {
    Objects.requireNonNull(credits, "credits");
    if (met < 0 || breached < 0) {
      throw new IllegalArgumentException("counts are not negative: " + met + ", " + breached);
    }
  }

  /** {@code met / (met + breached)}, rounded half-even to 6 decimals; empty without clocks. */
  public Optional<BigDecimal> compliance() {
    if (met + breached == 0) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(met)
            .divide(BigDecimal.valueOf(met + breached), 6, RoundingMode.HALF_EVEN));
  }
}
