package org.accordo.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The fast calendar against {@link SlowOracle} and its own algebra, on random calendars in zones
 * with unusual DST (Lord Howe's 30-minute shift, Apia's skipped 30 December 2011, Kolkata's none)
 * and on instants near their transitions.
 */
class BusinessCalendarProperties {

  private static final List<String> ZONES =
      List.of(
          "Europe/Rome",
          "America/New_York",
          "Australia/Lord_Howe",
          "Asia/Kolkata",
          "Pacific/Apia",
          "UTC");
  private static final long HOUR = 3_600_000L;

  /** A random calendar with an instant to start from: near a DST change half of the time. */
  record Case(BusinessCalendar calendar, Instant start) {
    @Override
    public String toString() {
      return calendar
          + " exceptions="
          + calendar.exceptions()
          + " closed="
          + calendar.closedDates()
          + " from "
          + start;
    }
  }

  @Property(tries = 300)
  void addMatchesTheOracle(@ForAll("cases") Case c, @ForAll("amounts") long millis) {
    assertThat(c.calendar().addMillis(c.start().toEpochMilli(), millis))
        .isEqualTo(new SlowOracle(c.calendar()).add(c.start(), millis).toEpochMilli());
  }

  @Property(tries = 300)
  void elapsedMatchesTheOracle(@ForAll("cases") Case c, @ForAll("spans") long span) {
    Instant end = c.start().plusMillis(span);

    assertThat(c.calendar().elapsed(c.start(), end).toMillis())
        .isEqualTo(new SlowOracle(c.calendar()).elapsed(c.start(), end));
  }

  @Property(tries = 300)
  void isOpenAndNextOpenMatchTheOracle(@ForAll("cases") Case c) {
    SlowOracle oracle = new SlowOracle(c.calendar());
    Instant next = c.calendar().nextOpen(c.start());

    assertThat(c.calendar().isOpen(c.start())).isEqualTo(oracle.isOpen(c.start()));
    assertThat(oracle.isOpen(next)).isTrue();
    assertThat(oracle.elapsed(c.start(), next)).isZero();
  }

  @Property(tries = 200)
  void openIntervalsAndNextCloseMatchTheOracle(
      @ForAll("cases") Case c, @ForAll("spans") long span) {
    SlowOracle oracle = new SlowOracle(c.calendar());
    long a = c.start().toEpochMilli();
    long b = a + span;
    LocalDate first = c.start().atZone(c.calendar().zone()).toLocalDate().minusDays(2);
    LocalDate last = first.plusDays(span / 86_400_000L + 30);
    List<long[]> union = oracle.openIntervals(first, last);
    List<OpenInterval> expected = new ArrayList<>();
    for (long[] interval : union) {
      if (Math.max(a, interval[0]) < Math.min(b, interval[1])) {
        expected.add(
            new OpenInterval(
                Instant.ofEpochMilli(Math.max(a, interval[0])),
                Instant.ofEpochMilli(Math.min(b, interval[1]))));
      }
    }

    assertThat(c.calendar().openIntervals(c.start(), Instant.ofEpochMilli(b))).isEqualTo(expected);
    // an interval that reaches the end of the oracle's window may go on past it: only a closing
    // at least a day inside the window is certain
    long certainBefore = last.atStartOfDay(c.calendar().zone()).toInstant().toEpochMilli();
    union.stream()
        .filter(i -> i[1] > a)
        .findFirst()
        .filter(i -> i[1] < certainBefore)
        .ifPresent(
            i -> assertThat(c.calendar().nextClose(c.start()).toEpochMilli()).isEqualTo(i[1]));
  }

  @Property(tries = 500)
  void elapsedUndoesAdd(@ForAll("cases") Case c, @ForAll("amounts") long millis) {
    Instant deadline = c.calendar().add(c.start(), Duration.ofMillis(millis));

    assertThat(c.calendar().elapsed(c.start(), deadline)).isEqualTo(Duration.ofMillis(millis));
  }

  @Property(tries = 500)
  void addIsMonotoneInTheAmount(
      @ForAll("cases") Case c, @ForAll("amounts") long a, @ForAll("amounts") long b) {
    long start = c.start().toEpochMilli();

    assertThat(c.calendar().addMillis(start, Math.min(a, b)))
        .isLessThanOrEqualTo(c.calendar().addMillis(start, Math.max(a, b)));
  }

  @Property(tries = 500)
  void elapsedAddsUpOverAdjacentRanges(
      @ForAll("cases") Case c, @ForAll("spans") long first, @ForAll("spans") long second) {
    long a = c.start().toEpochMilli();
    long b = a + first;
    long end = b + second;
    BusinessCalendar calendar = c.calendar();

    assertThat(calendar.elapsedMillis(a, b) + calendar.elapsedMillis(b, end))
        .isEqualTo(calendar.elapsedMillis(a, end));
  }

  @Property(tries = 300)
  void openIntervalsSumToElapsed(@ForAll("cases") Case c, @ForAll("spans") long span) {
    Instant end = c.start().plusMillis(span);

    Duration sum =
        c.calendar().openIntervals(c.start(), end).stream()
            .map(OpenInterval::length)
            .reduce(Duration.ZERO, Duration::plus);

    assertThat(sum).isEqualTo(c.calendar().elapsed(c.start(), end));
  }

  @Provide
  Arbitrary<Long> amounts() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(0, 200 * HOUR),
        Arbitraries.longs().between(0, 8 * 4).map(quarters -> quarters * 15 * 60_000L),
        Arbitraries.longs().between(0, 5_000));
  }

  @Provide
  Arbitrary<Long> spans() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(0, 60 * 24 * HOUR), Arbitraries.longs().between(0, 3 * HOUR));
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<ZoneId> zones = Arbitraries.of(ZONES).map(ZoneId::of);
    Arbitrary<List<List<OpeningHours>>> weeks =
        dayHours().list().ofSize(7).filter(w -> w.stream().anyMatch(d -> !d.isEmpty()));
    Arbitrary<Optional<HolidayRegion>> regions =
        Arbitraries.of(
            Optional.<HolidayRegion>empty(), Optional.of(HolidayRegion.of("IT")),
            Optional.of(HolidayRegion.of("US", "ny")), Optional.of(HolidayRegion.of("DE", "by")));
    Arbitrary<Long> offsets = Arbitraries.longs().between(-48 * HOUR, 48 * HOUR);
    Arbitrary<Instant> anywhere =
        Arbitraries.longs()
            .between(
                Instant.parse("2009-01-01T00:00:00Z").toEpochMilli(),
                Instant.parse("2031-01-01T00:00:00Z").toEpochMilli())
            .map(Instant::ofEpochMilli);
    Arbitrary<List<Integer>> dayOffsets =
        Arbitraries.integers().between(-10, 40).list().ofMaxSize(4);
    return Combinators.combine(
            zones,
            weeks,
            regions,
            anywhere,
            offsets,
            Arbitraries.integers().between(0, 2),
            dayOffsets,
            dayHours())
        .as(
            (zone, week, region, instant, offset, where, extraDays, extraHours) -> {
              Instant start =
                  switch (where) {
                    case 0 -> instant;
                    case 1 -> nearTransition(zone, instant, offset);
                    default ->
                        Instant.parse("2011-12-30T00:00:00Z")
                            .plusMillis(offset); // Apia skips that day
                  };
              BusinessCalendar.Builder builder = BusinessCalendar.builder(zone);
              for (int d = 0; d < 7; d++) {
                builder.hours(DayOfWeek.of(d + 1), week.get(d));
              }
              region.ifPresent(builder::holidays);
              LocalDate base = start.atZone(zone).toLocalDate();
              for (int i = 0; i < extraDays.size(); i++) {
                LocalDate date = base.plusDays(extraDays.get(i));
                if (i % 2 == 0) {
                  builder.closed(date);
                } else {
                  tryException(builder, date, extraHours);
                }
              }
              return new Case(builder.build(), start);
            });
  }

  private static void tryException(
      BusinessCalendar.Builder builder, LocalDate date, List<OpeningHours> hours) {
    try {
      builder.exception(date, hours);
    } catch (IllegalArgumentException alreadyGiven) {
      // the same date drawn twice keeps its first hours
    }
  }

  private static Instant nearTransition(ZoneId zone, Instant instant, long offset) {
    ZoneOffsetTransition transition = zone.getRules().nextTransition(instant);
    Instant base = transition == null ? instant : transition.getInstant();
    return base.plusMillis(offset);
  }

  /**
   * 0 to 3 disjoint intervals of a day on a 30-minute grid (some at odd minutes), 24:00 allowed as
   * an end.
   */
  private static Arbitrary<List<OpeningHours>> dayHours() {
    Arbitrary<Integer> boundary =
        Arbitraries.oneOf(
            Arbitraries.integers().between(0, 48).map(half -> half * 1800),
            Arbitraries.integers().between(0, 1440).map(minute -> minute * 60));
    return boundary
        .set()
        .ofMaxSize(6)
        .map(
            set -> {
              List<Integer> sorted = new ArrayList<>(new TreeSet<>(set));
              List<OpeningHours> hours = new ArrayList<>();
              for (int i = 0; i + 1 < sorted.size(); i += 2) {
                hours.add(new OpeningHours(sorted.get(i), sorted.get(i + 1)));
              }
              return hours;
            });
  }
}
