package org.accordo.core.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A half-open stretch {@code [start, end)} of a calendar's open time.
 *
 * @param start the first open instant, inclusive
 * @param end the first instant after it, exclusive; after {@code start}
 */
public record OpenInterval(Instant start, Instant end) {

  /**
   * @throws IllegalArgumentException unless {@code start < end}
   */
  public OpenInterval {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException(
          "an open interval needs start < end, was " + start + " to " + end);
    }
  }

  /** The interval's length in real time. */
  public Duration length() {
    return Duration.between(start, end);
  }
}
