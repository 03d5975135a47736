package org.accordo.core.report;

import java.time.Instant;
import java.util.Objects;

/**
 * One segment of a clock's timeline, the evidence shown to a customer who disputes a number.
 *
 * @param from the segment's first instant
 * @param to the first instant after it
 * @param counting true when the clock counted during the segment, false while paused
 * @param why the event (and status) that opened the segment, e.g. {@code status_changed:
 *     waiting_customer}
 */
public record TimelineEntry(Instant from, Instant to, boolean counting, String why) {

  public TimelineEntry {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(why, "why");
  }
}
