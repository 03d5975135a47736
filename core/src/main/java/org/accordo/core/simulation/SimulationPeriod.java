package org.accordo.core.simulation;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.accordo.core.availability.SlaPeriod;

/**
 * The months a simulation covers, whole: credits and availability are owed per calendar month (SLA
 * semantics §5), so a simulation never cuts a month. Read in one zone, the current contract's.
 *
 * @param first the first month
 * @param last the last month, not before {@code first}
 * @param zone the zone in which the months' bounds are read
 */
public record SimulationPeriod(YearMonth first, YearMonth last, ZoneId zone) {

  /**
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public SimulationPeriod {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    Objects.requireNonNull(zone, "zone");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException(
          "a simulation period must not end (" + last + ") before it starts (" + first + ")");
    }
  }

  /** The first month's first day at 00:00 in the zone. */
  public Instant startInclusive() {
    return first.atDay(1).atStartOfDay(zone).toInstant();
  }

  /** The day after the last month at 00:00 in the zone. */
  public Instant endExclusive() {
    return last.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
  }

  /** True when {@code instant} lies in {@code [startInclusive, endExclusive)}. */
  public boolean contains(Instant instant) {
    return !instant.isBefore(startInclusive()) && instant.isBefore(endExclusive());
  }

  /** Every month from {@code first} to {@code last}, in order. */
  public List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }

  /** One month of the period as the period close reads it. */
  public SlaPeriod month(YearMonth month) {
    return new SlaPeriod(month, zone);
  }
}
