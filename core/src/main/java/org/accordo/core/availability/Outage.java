package org.accordo.core.availability;

import java.time.Instant;
import java.util.Objects;

/**
 * A time during which a service was down, as reported by monitoring or written down by hand.
 *
 * @param service the id of the contract service that was down, never blank
 * @param span when, half-open {@code [from, to)}
 * @param cause why, which decides whether it counts against the provider
 * @param note free text shown in the report, never null (may be empty)
 */
public record Outage(String service, TimeSpan span, OutageCause cause, String note) {

  public Outage {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(cause, "cause");
    Objects.requireNonNull(note, "note");
    if (service.isBlank()) {
      throw new IllegalArgumentException("an outage needs a service");
    }
  }

  /**
   * An outage from {@code from} (inclusive) to {@code to} (exclusive).
   *
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public static Outage of(String service, Instant from, Instant to, OutageCause cause, String note) {
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
