package org.accordo.core.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The obviously-correct, slow reading of SLA-SEMANTICS §1 that the property tests compare the fast
 * calendar against: it walks the local dates one by one, turns each date's hours into instants with
 * {@code ZonedDateTime.of}, takes the union, and counts. It reads the calendar only through its
 * public definition (weekly hours, closed dates, exceptions, holiday region).
 */
final class SlowOracle {

  private final ZoneId zone;
  private final Map<java.time.DayOfWeek, List<OpeningHours>> weekly;
  private final Map<LocalDate, List<OpeningHours>> exceptions;
  private final Set<LocalDate> closed;
  private final BusinessCalendar calendar;
  private final Map<Integer, Map<LocalDate, String>> holidayYears = new java.util.HashMap<>();

  SlowOracle(BusinessCalendar calendar) {
    this.calendar = calendar;
    this.zone = calendar.zone();
    this.weekly = calendar.weeklyHours();
    this.exceptions = calendar.exceptions();
    this.closed = calendar.closedDates();
  }

  /** Open milliseconds in {@code [a, b)}. */
  long elapsed(Instant a, Instant b) {
    long sum = 0;
    for (long[] interval : openIntervals(localDate(a).minusDays(2), localDate(b).plusDays(2))) {
      long from = Math.max(interval[0], a.toEpochMilli());
      long to = Math.min(interval[1], b.toEpochMilli());
      sum += Math.max(0, to - from);
    }
    return sum;
  }

  /**
   * The earliest instant {@code x >= a} with {@code elapsed(a, x) == millis}, walking forward day
   * by day.
   */
  Instant add(Instant a, long millis) {
    if (millis == 0) {
      return a;
    }
    for (int days = 8; ; days *= 2) {
      LocalDate last = localDate(a).plusDays(days);
      long left = millis;
      for (long[] interval : openIntervals(localDate(a).minusDays(2), last)) {
        long from = Math.max(interval[0], a.toEpochMilli());
        if (from >= interval[1]) {
          continue;
        }
        if (from + left <= interval[1]) {
          long result = from + left;
          // intervals of later dates (beyond the walk) could still reach back before this instant
          if (result < at(last.minusDays(2), 0)) {
            return Instant.ofEpochMilli(result);
          }
          break;
        }
        left -= interval[1] - from;
      }
      if (days > 40_000) {
        throw new IllegalStateException("oracle found no answer");
      }
    }
  }

  /** True when some date's hours cover {@code t}. */
  boolean isOpen(Instant t) {
    long ms = t.toEpochMilli();
    return openIntervals(localDate(t).minusDays(2), localDate(t).plusDays(2)).stream()
        .anyMatch(i -> i[0] <= ms && ms < i[1]);
  }

  /**
   * The union of the open intervals of the dates {@code first..last}, sorted, as epoch-millisecond
   * pairs.
   */
  List<long[]> openIntervals(LocalDate first, LocalDate last) {
    List<long[]> raw = new ArrayList<>();
    for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
      for (OpeningHours hours : hoursOf(date)) {
        long from = at(date, hours.startSecondOfDay());
        long to = at(date, hours.endSecondOfDay());
        if (from < to) {
          raw.add(new long[] {from, to});
        }
      }
    }
    raw.sort(Comparator.comparingLong(i -> i[0]));
    List<long[]> union = new ArrayList<>();
    for (long[] interval : raw) {
      if (!union.isEmpty() && interval[0] <= union.get(union.size() - 1)[1]) {
        long[] lastOne = union.get(union.size() - 1);
        lastOne[1] = Math.max(lastOne[1], interval[1]);
      } else {
        union.add(interval.clone());
      }
    }
    return union;
  }

  private List<OpeningHours> hoursOf(LocalDate date) {
    if (exceptions.containsKey(date)) {
      return exceptions.get(date);
    }
    boolean holiday =
        calendar
            .holidays()
            .map(r -> holidayYears.computeIfAbsent(date.getYear(), r::holidays).containsKey(date))
            .orElse(false);
    if (closed.contains(date) || holiday) {
      return List.of();
    }
    return weekly.get(date.getDayOfWeek());
  }

  private long at(LocalDate date, int secondOfDay) {
    ZonedDateTime local =
        secondOfDay == 86_400
            ? ZonedDateTime.of(date.plusDays(1), LocalTime.MIDNIGHT, zone)
            : ZonedDateTime.of(date, LocalTime.ofSecondOfDay(secondOfDay), zone);
    return local.toInstant().toEpochMilli();
  }

  private LocalDate localDate(Instant t) {
    return t.atZone(zone).toLocalDate();
  }
}
