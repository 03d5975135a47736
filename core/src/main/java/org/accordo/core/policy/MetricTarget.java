package org.accordo.core.policy;

import java.time.Duration;
import java.util.Objects;

/**
 * The promise for one metric at one priority: a duration of business time on a named calendar.
 *
 * @param target the business time allowed, positive
 * @param calendar the name of the calendar it is measured on, e.g. {@code office} or {@code always}
 */
public record MetricTarget(Duration target, String calendar) {

  public MetricTarget {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(calendar, "calendar");
    if (target.isNegative() || target.isZero()) {
      throw new IllegalArgumentException("a target must be positive, was " + target);
    }
    if (calendar.isBlank()) {
      throw new IllegalArgumentException("a target needs a calendar name");
    }
  }
}
