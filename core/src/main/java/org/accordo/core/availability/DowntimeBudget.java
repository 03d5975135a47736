package org.accordo.core.availability;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Objects;

/**
 * How much downtime a target allows over some measured time, and how much of it is spent: {@code
 * allowed = (1 - target) x measured}, {@code left = allowed - used} (SLA semantics §5).
 *
 * @param allowed the downtime the target allows, exact to the nanosecond (rounded half-even below)
 * @param used the downtime counted so far, never negative
 */
public record DowntimeBudget(Duration allowed, Duration used) {

  private static final BigDecimal NANOS_PER_MILLI = BigDecimal.valueOf(1_000_000);

  public DowntimeBudget {
    Objects.requireNonNull(allowed, "allowed");
    Objects.requireNonNull(used, "used");
    if (allowed.isNegative() || used.isNegative()) {
      throw new IllegalArgumentException(
          "a downtime budget cannot be negative, was " + allowed + " and " + used);
    }
  }

  /**
   * The budget a target gives over {@code measuredMillis} of measured time.
   *
   * @param allowedShare {@code 1 - target}, e.g. {@code 0.001} for 99.9%
   */
  static DowntimeBudget of(BigDecimal allowedShare, long measuredMillis, long usedMillis) {
    BigDecimal nanos =
        allowedShare.multiply(BigDecimal.valueOf(measuredMillis)).multiply(NANOS_PER_MILLI);
    long allowedNanos = nanos.setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    return new DowntimeBudget(Duration.ofNanos(allowedNanos), Duration.ofMillis(usedMillis));
  }

  /** What is left: {@code allowed - used}; negative once the budget is overspent. */
  public Duration left() {
    return allowed.minus(used);
  }
}
