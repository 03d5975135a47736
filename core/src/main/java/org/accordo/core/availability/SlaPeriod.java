package org.accordo.core.availability;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The period a contract is closed for: a calendar month in the contract's time zone, {@code [first
 * day 00:00, next month's first day 00:00)} (SLA semantics §5).
 *
 * @param month the month, e.g. {@code 2026-03}
 * @param zone the contract's time zone, in which the month's bounds are read
 */
public record SlaPeriod(YearMonth month, ZoneId zone) {

  public SlaPeriod {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(zone, "zone");
  }

  /** The first instant of the period. */
  public Instant startInclusive() {
    return startOf(month.atDay(1));
  }

  /** The first instant after the period. */
  public Instant endExclusive() {
    return startOf(month.plusMonths(1).atDay(1));
  }

  /** The whole period as a span. */
  public TimeSpan span() {
    return new TimeSpan(startInclusive(), endExclusive());
  }

  /** The calendar year (in the same zone) that holds this period, for the yearly budget. */
  public TimeSpan year() {
    return new TimeSpan(
        startOf(LocalDate.of(month.getYear(), 1, 1)),
        startOf(LocalDate.of(month.getYear() + 1, 1, 1)));
  }

  /** True when {@code instant} lies inside the period. */
  public boolean contains(Instant instant) {
    return span().contains(instant);
  }

  private Instant startOf(LocalDate day) {
    return day.atStartOfDay(zone).toInstant();
  }

  /** {@code 2026-03 (Europe/Rome)}. */
  @Override
  public String toString() {
    return month + " (" + zone + ")";
  }
}
