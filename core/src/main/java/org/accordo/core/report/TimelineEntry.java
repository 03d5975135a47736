package org.accordo.core.report;

import java.time.Instant;
import java.util.Objects;

/**
 * One segment of a clock's timeline, the evidence shown to a customer who disputes a number.
 *
 * @param from the segment's first instant
 * @param to the first instant after it
 * @param counting true when the clock counted during the segment, false while paused
 * @param why the event (and status) that opened the segment, as the clock engine words it, e.g.
 *     {@code e2: status_changed, status waiting_customer}
 * @param cause the same, in parts a document can translate
 */
public record TimelineEntry(
    Instant from, Instant to, boolean counting, String why, TimelineCause cause) {

  public TimelineEntry {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(why, "why");
    Objects.requireNonNull(cause, "cause");
  }

  /** A segment whose cause is read from the engine's {@code why}. */
  public TimelineEntry(Instant from, Instant to, boolean counting, String why) {
    this(from, to, counting, why, TimelineCause.of(why));
  }
}
