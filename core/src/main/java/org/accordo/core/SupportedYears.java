package org.accordo.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The years in which Accordo computes business time, and so accepts dates and instants: 1583 (the
 * first whole year of the Gregorian calendar, and the start of jollyday's range) to 9999 (the last
 * year of four digits, which every store and format of instants handles). Inputs are checked
 * against it where they are read, so that an out-of-range date is a clear refusal, never a failure
 * deep in the arithmetic (docs/sla-semantics.md §7).
 */
public final class SupportedYears {

  /** The first supported year. */
  public static final int FIRST = 1583;

  /** The last supported year. */
  public static final int LAST = 9999;

  private static final Instant START =
      LocalDate.of(FIRST, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
  private static final Instant END =
      LocalDate.of(LAST + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();

  private SupportedYears() {}

  /** True when {@code date} lies in the years {@value #FIRST} to {@value #LAST}; not null. */
  public static boolean contains(LocalDate date) {
    int year = Objects.requireNonNull(date, "date").getYear();
    return year >= FIRST && year <= LAST;
  }

  /**
   * True when {@code instant} lies in the years {@value #FIRST} to {@value #LAST} in UTC, i.e. in
   * {@code [1583-01-01T00:00:00Z, 10000-01-01T00:00:00Z)}; not null.
   */
  public static boolean contains(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return !instant.isBefore(START) && instant.isBefore(END);
  }

  /** {@code "the supported years 1583 to 9999"}, for messages. */
  public static String describe() {
    return "the supported years " + FIRST + " to " + LAST;
  }
}
