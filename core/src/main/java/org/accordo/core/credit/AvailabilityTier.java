package org.accordo.core.credit;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A credit owed when a service's availability in the period is strictly below a threshold: {@code {
 * availability_below: 99.9%, credit: 5% }}. Exactly the threshold is not below it.
 *
 * @param below the threshold as a fraction, {@code 0 < below <= 1}
 * @param credit the share of the monthly fee, as a fraction in {@code [0, 1]}
 */
public record AvailabilityTier(BigDecimal below, BigDecimal credit) implements CreditRule {

  public AvailabilityTier {
    Objects.requireNonNull(below, "below");
    Objects.requireNonNull(credit, "credit");
    if (below.signum() <= 0 || below.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "a tier threshold must be above 0% and at most 100%, was " + below);
    }
    Percentages.requireShare(credit, "a tier's credit");
  }

  /** True when {@code availability} is strictly below the threshold. */
  public boolean appliesTo(BigDecimal availability) {
    return availability.compareTo(below) < 0;
  }

  @Override
  public String label() {
    return "availability below " + Percentages.format(below);
  }
}
