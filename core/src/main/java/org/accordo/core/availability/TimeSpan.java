package org.accordo.core.availability;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A half-open interval of time {@code [startInclusive, endExclusive)}. Empty when both ends are
 * equal.
 *
 * @param startInclusive the first instant inside, never null
 * @param endExclusive the first instant after, never null, not before {@code startInclusive}
 */
public record TimeSpan(Instant startInclusive, Instant endExclusive) {

  /**
   * @throws IllegalArgumentException if the end is before the start
   */
  public TimeSpan {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endExclusive, "endExclusive");
    if (endExclusive.isBefore(startInclusive)) {
      throw new IllegalArgumentException(
          "a time span must not end before it starts, was "
              + startInclusive
              + " to "
              + endExclusive);
    }
  }

  /** The span's length in real time. */
  public Duration length() {
    return Duration.between(startInclusive, endExclusive);
  }

  /** True when the span contains no instant. */
  public boolean isEmpty() {
    return startInclusive.equals(endExclusive);
  }

  /** True when {@code instant} lies in {@code [startInclusive, endExclusive)}. */
  public boolean contains(Instant instant) {
    return !instant.isBefore(startInclusive) && instant.isBefore(endExclusive);
  }

  /** True when the two spans share at least one instant. */
  public boolean overlaps(TimeSpan other) {
    return startInclusive.isBefore(other.endExclusive)
        && other.startInclusive.isBefore(endExclusive);
  }
}
