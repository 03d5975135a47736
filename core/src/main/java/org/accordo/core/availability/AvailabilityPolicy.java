package org.accordo.core.availability;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The availability promise of one SLA (its {@code availability:} block): a target share of the
 * measured time, the calendar that defines measured time, the period and the maintenance terms.
 *
 * @param target the promised availability as a fraction, {@code 0 < target <= 1} (99.9% is {@code
 *     0.999})
 * @param calendar the name of the contract calendar whose open time is measured, e.g. {@code
 *     always}
 * @param period the length of the period
 * @param maintenance the maintenance windows and notice; {@link MaintenancePolicy#none()} if the
 *     contract gives none
 */
public record AvailabilityPolicy(
    BigDecimal target, String calendar, AvailabilityPeriod period, MaintenancePolicy maintenance) {

  public AvailabilityPolicy {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(maintenance, "maintenance");
    if (target.signum() <= 0 || target.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "an availability target must be above 0% and at most 100%, was " + target);
    }
    if (calendar.isBlank()) {
      throw new IllegalArgumentException("an availability target needs a calendar name");
    }
  }

  /** The share of measured time that may be down: {@code 1 - target}. */
  public BigDecimal allowedDowntimeShare() {
    return BigDecimal.ONE.subtract(target);
  }
}
