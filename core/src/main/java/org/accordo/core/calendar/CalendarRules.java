package org.accordo.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The definition of a calendar's days: weekly hours, holidays, closed dates and exceptions, and the
 * rule that picks a date's hours (an exception wins over a closed date, which wins over the
 * weekday). Holiday years are cached, a few at a time. Thread-safe.
 */
final class CalendarRules {

  private static final int CACHED_HOLIDAY_YEARS = 8;

  private final Map<DayOfWeek, List<OpeningHours>> weekly;
  private final Optional<HolidayRegion> holidays;
  private final Set<LocalDate> closedDates;
  private final Map<LocalDate, List<OpeningHours>> exceptions;
  private final Map<Integer, Map<LocalDate, String>> holidayYears =
      Collections.synchronizedMap(
          new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, Map<LocalDate, String>> eldest) {
              return size() > CACHED_HOLIDAY_YEARS;
            }
          });

  CalendarRules(
      Map<DayOfWeek, List<OpeningHours>> weekly,
      Optional<HolidayRegion> holidays,
      Set<LocalDate> closedDates,
      Map<LocalDate, List<OpeningHours>> exceptions) {
    EnumMap<DayOfWeek, List<OpeningHours>> days = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      days.put(day, sortedCopy(weekly.getOrDefault(day, List.of())));
    }
    this.weekly = Collections.unmodifiableMap(days);
    this.holidays = Objects.requireNonNull(holidays, "holidays");
    this.closedDates = Set.copyOf(closedDates);
    Map<LocalDate, List<OpeningHours>> exceptionDays = new TreeMap<>();
    exceptions.forEach((date, hours) -> exceptionDays.put(date, sortedCopy(hours)));
    this.exceptions = Collections.unmodifiableMap(exceptionDays);
  }

  private static List<OpeningHours> sortedCopy(List<OpeningHours> hours) {
    return hours.stream().sorted().toList();
  }

  Map<DayOfWeek, List<OpeningHours>> weekly() {
    return weekly;
  }

  Optional<HolidayRegion> holidays() {
    return holidays;
  }

  Set<LocalDate> closedDates() {
    return closedDates;
  }

  Map<LocalDate, List<OpeningHours>> exceptions() {
    return exceptions;
  }

  /** The local hours of {@code date} (fast path for building the year index). */
  List<OpeningHours> hours(LocalDate date) {
    List<OpeningHours> exception = exceptions.get(date);
    if (exception != null) {
      return exception;
    }
    if (closedDates.contains(date) || holidayName(date).isPresent()) {
      return List.of();
    }
    return weekly.get(date.getDayOfWeek());
  }

  /** The hours of {@code date} with the rule that set them and a reason for a person. */
  BusinessDay day(LocalDate date) {
    List<OpeningHours> exception = exceptions.get(date);
    if (exception != null) {
      String reason =
          exception.isEmpty()
              ? "exception day, closed all day"
              : "exception day " + describe(exception);
      return new BusinessDay(date, DayRule.EXCEPTION, reason, exception);
    }
    if (closedDates.contains(date)) {
      return new BusinessDay(date, DayRule.CLOSED_DATE, "listed closed date", List.of());
    }
    Optional<String> holiday = holidayName(date);
    if (holiday.isPresent()) {
      String reason = "holiday: " + holiday.get() + " (" + holidays.orElseThrow() + ")";
      return new BusinessDay(date, DayRule.HOLIDAY, reason, List.of());
    }
    List<OpeningHours> hours = weekly.get(date.getDayOfWeek());
    String dayName = date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    if (hours.isEmpty()) {
      return new BusinessDay(date, DayRule.NO_WEEKLY_HOURS, dayName + " has no hours", hours);
    }
    return new BusinessDay(
        date, DayRule.WEEKLY_HOURS, dayName + " hours " + describe(hours), hours);
  }

  /** True when no weekday and no exception day has any hours: the calendar is never open. */
  boolean neverOpen() {
    return weekly.values().stream().allMatch(List::isEmpty)
        && exceptions.values().stream().allMatch(List::isEmpty);
  }

  private Optional<String> holidayName(LocalDate date) {
    if (holidays.isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(holidaysOf(date.getYear()).get(date));
  }

  private Map<LocalDate, String> holidaysOf(int year) {
    Map<LocalDate, String> days = holidayYears.get(year);
    if (days == null) {
      days = holidays.orElseThrow().holidays(year);
      holidayYears.put(year, days);
    }
    return days;
  }

  static String describe(List<OpeningHours> hours) {
    return hours.isEmpty()
        ? "closed"
        : String.join(", ", hours.stream().map(OpeningHours::toString).toList());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CalendarRules that
        && weekly.equals(that.weekly)
        && holidays.equals(that.holidays)
        && closedDates.equals(that.closedDates)
        && exceptions.equals(that.exceptions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(weekly, holidays, closedDates, exceptions);
  }
}
