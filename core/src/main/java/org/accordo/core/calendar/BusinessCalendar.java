package org.accordo.core.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * When a business is open, and how much open time lies between instants (SLA-SEMANTICS §1).
 *
 * <p>Open time is the union, over local dates {@code D} in {@link #zone()}, of {@code [at(D,
 * start), at(D, end))} for the {@link OpeningHours} that apply to {@code D}: an exception day's own
 * hours, else none on a holiday or listed closed date, else the weekday's hours. {@code at(D, t)}
 * is {@code ZonedDateTime.of(D, t, zone)}: a time in a DST gap moves later by the gap, one in an
 * overlap takes the earlier offset, {@code 24:00} is the next day's start. All arithmetic is on
 * instants at millisecond precision; an {@link Instant}'s sub-millisecond part is dropped. Instants
 * must lie in the years 1583 to 9999.
 *
 * <p>Immutable and thread-safe. The open time of each year is computed on first use and cached (at
 * most 64 years at a time), so {@link #addMillis} and {@link #elapsedMillis} cost a few array
 * lookups (plus one step per whole year crossed), never a walk day by day, and allocate nothing
 * once the years involved are cached.
 */
public final class BusinessCalendar {

  private static final BusinessCalendar TWENTY_FOUR_SEVEN = allDay();

  private final ZoneId zone;
  private final CalendarRules rules;
  private final OpenTime openTime;

  private BusinessCalendar(ZoneId zone, CalendarRules rules) {
    this.zone = zone;
    this.rules = rules;
    this.openTime = new OpenTime(zone, rules);
  }

  private static BusinessCalendar allDay() {
    Builder builder = builder(ZoneOffset.UTC);
    builder.hours(EnumSet.allOf(DayOfWeek.class), List.of(OpeningHours.ALL_DAY));
    return builder.build();
  }

  /** The built-in {@code 24x7} calendar: always open, zone UTC, no holidays. */
  public static BusinessCalendar twentyFourSeven() {
    return TWENTY_FOUR_SEVEN;
  }

  /** Starts a calendar in {@code zone}, closed on every day until hours are added. */
  public static Builder builder(ZoneId zone) {
    return new Builder(zone);
  }

  /** The zone in which the calendar's local dates and times are read; never null. */
  public ZoneId zone() {
    return zone;
  }

  /** The local hours of each weekday, sorted; a closed weekday maps to an empty list. */
  public Map<DayOfWeek, List<OpeningHours>> weeklyHours() {
    return rules.weekly();
  }

  /** The holiday region that closes days, if any. */
  public Optional<HolidayRegion> holidays() {
    return rules.holidays();
  }

  /** The dates listed as closed. */
  public Set<LocalDate> closedDates() {
    return rules.closedDates();
  }

  /** The exception days and their own hours (empty hours: closed all day). */
  public Map<LocalDate, List<OpeningHours>> exceptions() {
    return rules.exceptions();
  }

  /** The hours of one local date and the rule that set them, e.g. to explain a deadline. */
  public BusinessDay day(LocalDate date) {
    return rules.day(Objects.requireNonNull(date, "date"));
  }

  /**
   * The deadline: the earliest {@code x >= start} with {@code elapsed(start, x) == amount}. So
   * {@code add(a, 0) == a}, and an amount that uses up an interval exactly ends at its closing.
   *
   * @param start where counting starts; not null
   * @param amount business time to add, {@code >= 0}; not null; its sub-millisecond part is dropped
   * @throws IllegalArgumentException if {@code amount} is negative or the result lies past year
   *     9999
   * @throws CalendarHasNoOpenTime if the calendar is closed for 10 years on the way
   */
  public Instant add(Instant start, Duration amount) {
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("add needs a duration >= 0, was " + amount);
    }
    long millis;
    try {
      millis = amount.toMillis();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("add: the duration " + amount + " is too long", e);
    }
    return Instant.ofEpochMilli(openTime.add(millis(start, "start"), millis));
  }

  /**
   * The business time in {@code [startInclusive, endExclusive)}.
   *
   * @throws IllegalArgumentException if {@code endExclusive} is before {@code startInclusive}
   */
  public Duration elapsed(Instant startInclusive, Instant endExclusive) {
    return Duration.ofMillis(
        openTime.elapsed(millis(startInclusive, "start"), millis(endExclusive, "end")));
  }

  /** {@link #add} on epoch milliseconds; allocates nothing once the years involved are cached. */
  public long addMillis(long startEpochMilli, long amountMillis) {
    return openTime.add(startEpochMilli, amountMillis);
  }

  /** What {@link #addMillisWithin} answers for a deadline it cannot give. */
  public static final long BEYOND_LIMIT = OpenTime.BEYOND_LIMIT;

  /**
   * {@link #addMillis}, or {@link #BEYOND_LIMIT} when the deadline lies after {@code
   * notAfterEpochMilli}, after the year 9999, or past 10 years without open time; never throws for
   * those. It looks at no year after the limit, so a deadline many years away on a calendar with
   * little open time stays cheap to rule out (e.g. a due instant no one will live to see).
   *
   * @param amountMillis business time to add, {@code >= 0}
   * @throws IllegalArgumentException if {@code amountMillis} is negative or the start lies outside
   *     the years 1583 to 9999
   */
  public long addMillisWithin(long startEpochMilli, long amountMillis, long notAfterEpochMilli) {
    return openTime.addWithin(startEpochMilli, amountMillis, notAfterEpochMilli);
  }

  /** {@link #elapsed} on epoch milliseconds, in milliseconds; allocates nothing once cached. */
  public long elapsedMillis(long startEpochMilli, long endEpochMilli) {
    return openTime.elapsed(startEpochMilli, endEpochMilli);
  }

  /**
   * True when {@code instant} lies in open time (an opening instant is open, a closing one is not).
   */
  public boolean isOpen(Instant instant) {
    return openTime.isOpen(millis(instant, "instant"));
  }

  /**
   * {@code from} itself when open, else the next opening instant.
   *
   * @throws CalendarHasNoOpenTime if the calendar is closed for the 10 years after {@code from}
   */
  public Instant nextOpen(Instant from) {
    return Instant.ofEpochMilli(openTime.nextOpen(millis(from, "from")));
  }

  /**
   * The end of the open interval containing {@code from}, or of the next one when closed.
   *
   * @throws CalendarNeverCloses if the calendar stays open for 10 years (e.g. {@code 24x7})
   * @throws CalendarHasNoOpenTime if it is closed for the 10 years after {@code from}
   */
  public Instant nextClose(Instant from) {
    return Instant.ofEpochMilli(openTime.nextClose(millis(from, "from")));
  }

  /**
   * The open intervals overlapping {@code [startInclusive, endExclusive)}, clipped to it, in order;
   * intervals that touch (e.g. across midnight) are joined.
   *
   * @throws IllegalArgumentException if {@code endExclusive} is before {@code startInclusive}
   */
  public List<OpenInterval> openIntervals(Instant startInclusive, Instant endExclusive) {
    return openTime.intervals(millis(startInclusive, "start"), millis(endExclusive, "end"));
  }

  private static long millis(Instant instant, String what) {
    Objects.requireNonNull(instant, what);
    try {
      return instant.toEpochMilli();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          what + " " + instant + " is outside the years 1583 to 9999", e);
    }
  }

  /** Equal when zone and every rule are equal (a jollyday region compares by its codes). */
  @Override
  public boolean equals(Object other) {
    return other instanceof BusinessCalendar that
        && zone.equals(that.zone)
        && rules.equals(that.rules);
  }

  @Override
  public int hashCode() {
    return Objects.hash(zone, rules);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("BusinessCalendar[").append(zone);
    rules
        .weekly()
        .forEach(
            (day, hours) ->
                text.append(", ")
                    .append(day.toString(), 0, 3)
                    .append(' ')
                    .append(CalendarRules.describe(hours)));
    rules.holidays().ifPresent(region -> text.append(", holidays ").append(region));
    return text.append(']').toString();
  }

  /** Collects a calendar's rules; {@link #build()} validates them. Not thread-safe. */
  public static final class Builder {

    private final ZoneId zone;
    private final Map<DayOfWeek, List<OpeningHours>> weekly = new EnumMap<>(DayOfWeek.class);
    private final Set<LocalDate> closedDates = new TreeSet<>();
    private final Map<LocalDate, List<OpeningHours>> exceptions = new TreeMap<>();
    private Optional<HolidayRegion> holidays = Optional.empty();

    private Builder(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Adds opening hours to {@code day}; calling it twice for a day adds to what is there. */
    public Builder hours(DayOfWeek day, List<OpeningHours> hours) {
      Objects.requireNonNull(day, "day");
      weekly.computeIfAbsent(day, d -> new ArrayList<>()).addAll(List.copyOf(hours));
      return this;
    }

    /** Adds the same opening hours to each of {@code days}. */
    public Builder hours(Collection<DayOfWeek> days, List<OpeningHours> hours) {
      days.forEach(day -> hours(day, hours));
      return this;
    }

    /** Closes the public holidays of {@code region}; replaces an earlier region. */
    public Builder holidays(HolidayRegion region) {
      this.holidays = Optional.of(Objects.requireNonNull(region, "region"));
      return this;
    }

    /** Closes {@code date} (unless it is also an exception day, whose hours win). */
    public Builder closed(LocalDate date) {
      closedDates.add(Objects.requireNonNull(date, "date"));
      return this;
    }

    /**
     * Gives {@code date} its own hours (none: closed), overriding its weekday and any holiday.
     *
     * @throws IllegalArgumentException if {@code date} already has exception hours
     */
    public Builder exception(LocalDate date, List<OpeningHours> hours) {
      Objects.requireNonNull(date, "date");
      if (exceptions.putIfAbsent(date, List.copyOf(hours)) != null) {
        throw new IllegalArgumentException("exception day " + date + " is given twice");
      }
      return this;
    }

    /**
     * @throws IllegalArgumentException if hours of one day overlap
     * @throws CalendarHasNoOpenTime if no weekday and no exception day has any hours
     */
    public BusinessCalendar build() {
      weekly.forEach(
          (day, hours) -> requireDisjoint(day.toString().toLowerCase(Locale.ROOT), hours));
      exceptions.forEach((date, hours) -> requireDisjoint("exception day " + date, hours));
      CalendarRules rules = new CalendarRules(weekly, holidays, closedDates, exceptions);
      if (rules.neverOpen()) {
        throw new CalendarHasNoOpenTime(
            "the calendar has no hours on any weekday or exception day: it is never open");
      }
      return new BusinessCalendar(zone, rules);
    }

    private static void requireDisjoint(String what, List<OpeningHours> hours) {
      List<OpeningHours> sorted = hours.stream().sorted().toList();
      for (int i = 1; i < sorted.size(); i++) {
        if (sorted.get(i - 1).overlaps(sorted.get(i))) {
          throw new IllegalArgumentException(
              what + ": hours " + sorted.get(i - 1) + " and " + sorted.get(i) + " overlap");
        }
      }
    }
  }
}
