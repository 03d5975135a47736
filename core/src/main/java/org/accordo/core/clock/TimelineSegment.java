package org.accordo.core.clock;

import java.time.Instant;
import java.util.Objects;

/**
 * One stretch of a clock's life, the evidence behind its numbers: from one event that started,
 * paused, resumed or stopped the clock to the next.
 *
 * @param from the segment's start (inclusive)
 * @param to its end (exclusive), not before {@code from}
 * @param counting true when business time in the segment counts against the target
 * @param why the event that opened the segment and the status then, e.g. {@code "e2: status
 *     waiting_customer"}
 */
public record TimelineSegment(Instant from, Instant to, boolean counting, String why) {

  public TimelineSegment {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(why, "why");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "a segment cannot end before it starts: " + from + " to " + to);
    }
  }
}
