package org.accordo.core.contract;

import java.time.Duration;
import java.util.Objects;

/**
 * A duration counted on a named calendar, e.g. "5 days of office time".
 *
 * @param duration the length, positive
 * @param calendar the name of a contract calendar
 */
public record BusinessDuration(Duration duration, String calendar) {

  public BusinessDuration {
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(calendar, "calendar");
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("a duration must be positive, was " + duration);
    }
  }
}
