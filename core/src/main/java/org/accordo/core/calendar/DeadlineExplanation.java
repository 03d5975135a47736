package org.accordo.core.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Why a deadline lies where it does: every local date from the start's to the deadline's, with the
 * rule that opened or closed it and the business time counted on it.
 *
 * @param start where counting started
 * @param amount the business time added
 * @param deadline {@code calendar.add(start, amount)}
 * @param zone the calendar's zone, in which the dates are read
 * @param days one entry per local date, in order; their counted times sum to {@code amount}
 */
public record DeadlineExplanation(
    Instant start, Duration amount, Instant deadline, ZoneId zone, List<CountedDay> days) {

  /**
   * One local date of the explanation.
   *
   * @param day the date's hours and the rule that set them
   * @param counted the business time counted on this date, between start and deadline
   * @param intervals the counted open intervals, clipped to {@code [start, deadline)}
   */
  public record CountedDay(BusinessDay day, Duration counted, List<OpenInterval> intervals) {
    public CountedDay {
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(counted, "counted");
      intervals = List.copyOf(intervals);
    }
  }

  public DeadlineExplanation {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(zone, "zone");
    days = List.copyOf(days);
  }

  /**
   * Explains {@code calendar.add(start, amount)}.
   *
   * @throws IllegalArgumentException as {@link BusinessCalendar#add} does
   */
  public static DeadlineExplanation of(BusinessCalendar calendar, Instant start, Duration amount) {
    Instant deadline = calendar.add(start, amount);
    ZoneId zone = calendar.zone();
    List<CountedDay> days = new ArrayList<>();
    LocalDate last = deadline.atZone(zone).toLocalDate();
    for (LocalDate date = start.atZone(zone).toLocalDate();
        !date.isAfter(last);
        date = date.plusDays(1)) {
      Instant from = max(start, date.atStartOfDay(zone).toInstant());
      Instant to = min(deadline, date.plusDays(1).atStartOfDay(zone).toInstant());
      List<OpenInterval> intervals =
          from.isBefore(to) ? calendar.openIntervals(from, to) : List.of();
      Duration counted =
          intervals.stream().map(OpenInterval::length).reduce(Duration.ZERO, Duration::plus);
      days.add(new CountedDay(calendar.day(date), counted, intervals));
    }
    return new DeadlineExplanation(start, amount, deadline, zone, days);
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
