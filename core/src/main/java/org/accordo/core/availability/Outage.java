package org.accordo.core.availability;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A time during which a service was down, as reported by monitoring or written down by hand.
 *
 * @param service the id of the contract service that was down, never blank
 * @param span when, half-open {@code [from, to)}
 * @param cause why, which decides whether it counts against the provider
 * @param note free text shown in the report, never null (may be empty)
 * @param announcedAt when the provider announced it (for {@code announced_maintenance}: the notice
 *     the contract requires is counted back from {@link #from()}); empty when not recorded
 */
public record Outage(
    String service, TimeSpan span, OutageCause cause, String note, Optional<Instant> announcedAt) {

  public Outage {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(cause, "cause");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(announcedAt, "announcedAt");
    if (service.isBlank()) {
      throw new IllegalArgumentException("an outage needs a service");
    }
  }

  /** An outage whose announcement was not recorded. */
  public Outage(String service, TimeSpan span, OutageCause cause, String note) {
    this(service, span, cause, note, Optional.empty());
  }

  /** This outage, announced at {@code instant}. */
  public Outage announcedAt(Instant instant) {
    return new Outage(service, span, cause, note, Optional.of(instant));
  }

  /**
   * False only when the announcement is recorded and came later than {@code notice} before the
   * outage's start; an outage whose announcement was not recorded is taken as announced in time.
   */
  public boolean announcedWithin(Duration notice) {
    return announcedAt.map(at -> !at.isAfter(from().minus(notice))).orElse(true);
  }

  /**
   * An outage from {@code from} (inclusive) to {@code to} (exclusive).
   *
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public static Outage of(
      String service, Instant from, Instant to, OutageCause cause, String note) {
    return new Outage(service, new TimeSpan(from, to), cause, note);
  }

  /** The first instant of the outage. */
  public Instant from() {
    return span.startInclusive();
  }

  /** The first instant after the outage. */
  public Instant to() {
    return span.endExclusive();
  }
}
