package org.accordo.core.report;

import java.time.Duration;
import java.util.Objects;

/**
 * What the monitors of a service measured in a period (issue 15, "nothing invented"): the time some
 * check covered, the part of it inside an outage of the service, and the time no check covered,
 * which is neither up nor down. A service no monitor covered in the period has no coverage: its
 * availability is measured from the recorded outages only.
 *
 * @param service the contract service
 * @param covered the time some check of the service covered, within the period
 * @param down the covered time inside an outage of the service
 * @param uncovered the period's time no check covered
 * @throws IllegalArgumentException if a duration is negative or {@code down} exceeds {@code
 *     covered}
 */
public record ServiceCoverage(String service, Duration covered, Duration down, Duration uncovered) {

  public ServiceCoverage {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(covered, "covered");
    Objects.requireNonNull(down, "down");
    Objects.requireNonNull(uncovered, "uncovered");
    if (covered.isNegative() || down.isNegative() || uncovered.isNegative()) {
      throw new IllegalArgumentException(
          "coverage of "
              + service
              + " must not be negative: covered "
              + covered
              + ", down "
              + down
              + ", uncovered "
              + uncovered);
    }
    if (down.compareTo(covered) > 0) {
      throw new IllegalArgumentException(
          "coverage of " + service + ": down " + down + " exceeds covered " + covered);
    }
  }

  /** The covered time the service was up: {@code covered - down}. */
  public Duration up() {
    return covered.minus(down);
  }
}
