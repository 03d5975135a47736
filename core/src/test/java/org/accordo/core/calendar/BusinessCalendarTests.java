package org.accordo.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessCalendarTests {

  private static final BusinessCalendar ROME = CalendarFixtures.romeOffice();

  @ParameterizedTest(name = "{0} + {1} = {2}")
  @CsvSource({
    // §4 example 1: Fri 17:30 local, 30 min on Friday, 90 min on Monday
    "2026-01-09T16:30:00Z, PT2H, 2026-01-12T09:30:00Z",
    // §4 example 4: Fri 17:00 CET, 1h Friday, 1h from Mon 09:00 CEST (DST began Sunday)
    "2026-03-27T16:00:00Z, PT2H, 2026-03-30T08:00:00Z",
    // §4 example 6: Thu 24 Dec 16:00 local, 2h Thursday, Christmas + St Stephen + weekend closed
    "2026-12-24T15:00:00Z, PT4H, 2026-12-28T10:00:00Z",
    // §4 example 7: Saturday start counts from Monday 09:00
    "2026-01-10T10:00:00Z, PT1H, 2026-01-12T09:00:00Z",
    // §4 example 2: 7h from Tue 15:00 local fill the morning of Wednesday exactly: its end 13:00,
    // not 14:00
    "2026-02-03T14:00:00Z, PT7H, 2026-02-04T12:00:00Z",
    // zero added at a closed instant is the instant itself
    "2026-01-10T10:00:00Z, PT0S, 2026-01-10T10:00:00Z",
    // Easter Monday 2026-04-06 is closed: Fri 3 Apr 17:00 CEST + 2h -> Tue 7 Apr 10:00 CEST
    "2026-04-03T15:00:00Z, PT2H, 2026-04-07T08:00:00Z",
    // milliseconds are kept: one millisecond before closing plus one millisecond is the closing
    "2026-01-09T16:59:59.999Z, PT0.001S, 2026-01-09T17:00:00Z",
  })
  void addsBusinessTimeOnTheRomeOffice(Instant start, Duration amount, Instant deadline) {
    assertThat(ROME.add(start, amount)).isEqualTo(deadline);
  }

  @ParameterizedTest(name = "[{0}, {1}) = {2}")
  @CsvSource({
    // Fri 17:30 to Mon 09:30 local: 30 min + 30 min
    "2026-01-09T16:30:00Z, 2026-01-12T08:30:00Z, PT1H",
    // the lunch break does not count
    "2026-01-12T11:00:00Z, 2026-01-12T14:00:00Z, PT2H",
    // an empty range
    "2026-01-12T11:00:00Z, 2026-01-12T11:00:00Z, PT0S",
    // a whole ordinary week: 5 x 8h
    "2026-01-11T23:00:00Z, 2026-01-18T23:00:00Z, PT40H",
    // Christmas week 2026: Fri 25 and Sat 26 closed, Thu 24 is an ordinary day here
    "2026-12-20T23:00:00Z, 2026-12-27T23:00:00Z, PT32H",
  })
  void measuresElapsedBusinessTime(Instant start, Instant end, Duration elapsed) {
    assertThat(ROME.elapsed(start, end)).isEqualTo(elapsed);
  }

  @Test
  void twentyFourSevenCountsRealTimeAcrossTheDstChange() {
    // §4 example 3: Sat 28 Mar 2026 23:00 Rome + 4h real time = 02:00Z (04:00 local after the jump)
    BusinessCalendar always = BusinessCalendar.twentyFourSeven();

    assertThat(always.add(Instant.parse("2026-03-28T22:00:00Z"), Duration.ofHours(4)))
        .isEqualTo(Instant.parse("2026-03-29T02:00:00Z"));
  }

  @Test
  void allDayCalendarHasA23HourDayWhenClocksGoForward() {
    BusinessCalendar romeAllDay =
        BusinessCalendar.builder(ZoneId.of("Europe/Rome"))
            .hours(List.of(DayOfWeek.values()), List.of(OpeningHours.ALL_DAY))
            .build();

    // Sunday 29 March 2026 local midnight to midnight
    assertThat(
            romeAllDay.elapsed(
                Instant.parse("2026-03-28T23:00:00Z"), Instant.parse("2026-03-29T22:00:00Z")))
        .isEqualTo(Duration.ofHours(23));
  }

  @ParameterizedTest(name = "{0} {1}..{2} = {3}")
  @CsvSource({
    // Rome, clocks forward on Sun 29 Mar 2026: the day has 23 hours
    "Europe/Rome, 2026-03-29, 2026-03-30, PT23H",
    // Rome, clocks back on Sun 25 Oct 2026: 25 hours
    "Europe/Rome, 2026-10-25, 2026-10-26, PT25H",
    // Lord Howe moves by 30 minutes: Sun 4 Oct 2026 has 23.5 hours
    "Australia/Lord_Howe, 2026-10-04, 2026-10-05, PT23H30M",
    // Apia skipped Fri 30 Dec 2011: Thu 29 to Sat 31 is one day of real time
    "Pacific/Apia, 2011-12-29, 2011-12-31, PT24H",
    // Kolkata has no DST: two ordinary days
    "Asia/Kolkata, 2026-03-29, 2026-03-31, PT48H",
  })
  void allDayCalendarFollowsRealTimeOnChangeDays(
      ZoneId zone, LocalDate from, LocalDate to, Duration length) {
    BusinessCalendar allDay =
        BusinessCalendar.builder(zone)
            .hours(List.of(DayOfWeek.values()), List.of(OpeningHours.ALL_DAY))
            .build();
    Instant start = from.atStartOfDay(zone).toInstant();
    Instant end = to.atStartOfDay(zone).toInstant();

    assertThat(allDay.elapsed(start, end)).isEqualTo(length);
    assertThat(allDay.add(start, length)).isEqualTo(end);
  }

  @Test
  void spansCenturiesThroughItsBoundedYearCache() {
    // 24x7 counts real time, so centuries of business time are exactly Duration.between
    BusinessCalendar always = BusinessCalendar.twentyFourSeven();
    Instant from = Instant.parse("1600-03-01T12:00:00Z");
    Instant to = Instant.parse("2400-03-01T12:00:00Z");

    assertThat(always.elapsed(from, to)).isEqualTo(Duration.between(from, to));
    assertThat(always.add(from, Duration.between(from, to))).isEqualTo(to);
  }

  @Test
  void hoursInsideADstGapStartWhenTheGapEnds() {
    // Sundays 02:30-03:30 in Rome; on 29 Mar 2026 02:30 does not exist and moves to 03:30 (+02:00):
    // the interval is empty that day, on the next Sunday it is an ordinary hour
    BusinessCalendar night =
        BusinessCalendar.builder(ZoneId.of("Europe/Rome"))
            .hours(DayOfWeek.SUNDAY, List.of(OpeningHours.parse("02:30-03:30")))
            .build();

    assertThat(
            night.elapsed(
                Instant.parse("2026-03-28T00:00:00Z"), Instant.parse("2026-03-30T00:00:00Z")))
        .isZero();
    assertThat(night.nextOpen(Instant.parse("2026-03-28T00:00:00Z")))
        .isEqualTo(Instant.parse("2026-04-05T00:30:00Z"));
  }

  @Test
  void reportsOpenAndNextOpenAndNextClose() {
    Instant lunch = Instant.parse("2026-01-12T12:30:00Z"); // Mon 13:30 local

    assertThat(ROME.isOpen(lunch)).isFalse();
    assertThat(ROME.isOpen(Instant.parse("2026-01-12T13:00:00Z")))
        .isTrue(); // opening instant is open
    assertThat(ROME.isOpen(Instant.parse("2026-01-12T17:00:00Z")))
        .isFalse(); // closing instant is not
    assertThat(ROME.nextOpen(lunch)).isEqualTo(Instant.parse("2026-01-12T13:00:00Z"));
    assertThat(ROME.nextClose(lunch)).isEqualTo(Instant.parse("2026-01-12T17:00:00Z"));
    assertThat(ROME.nextClose(Instant.parse("2026-01-12T09:00:00Z")))
        .isEqualTo(Instant.parse("2026-01-12T12:00:00Z"));
  }

  @Test
  void listsOpenIntervalsClippedToTheRange() {
    List<OpenInterval> intervals =
        ROME.openIntervals(
            Instant.parse("2026-01-09T10:00:00Z"), Instant.parse("2026-01-12T09:00:00Z"));

    assertThat(intervals)
        .containsExactly(
            new OpenInterval(
                Instant.parse("2026-01-09T10:00:00Z"), Instant.parse("2026-01-09T12:00:00Z")),
            new OpenInterval(
                Instant.parse("2026-01-09T13:00:00Z"), Instant.parse("2026-01-09T17:00:00Z")),
            new OpenInterval(
                Instant.parse("2026-01-12T08:00:00Z"), Instant.parse("2026-01-12T09:00:00Z")));
  }

  @Test
  void exceptionDayOverridesHolidayAndWeekday() {
    BusinessCalendar calendar =
        BusinessCalendar.builder(ZoneId.of("Europe/Rome"))
            .hours(DayOfWeek.FRIDAY, List.of(OpeningHours.parse("09:00-18:00")))
            .holidays(HolidayRegion.of("IT"))
            .exception(LocalDate.of(2026, 12, 25), List.of(OpeningHours.parse("10:00-12:00")))
            .build();

    // Christmas 2026 is a Friday and a holiday, but the exception opens it 10:00-12:00 local
    assertThat(
            calendar.elapsed(
                Instant.parse("2026-12-24T23:00:00Z"), Instant.parse("2026-12-25T23:00:00Z")))
        .isEqualTo(Duration.ofHours(2));
    assertThat(calendar.day(LocalDate.of(2026, 12, 25)).rule()).isEqualTo(DayRule.EXCEPTION);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // an ordinary Monday
        "2026-01-12 | WEEKLY_HOURS    | Monday hours 09:00-13:00, 14:00-18:00",
        // the weekend
        "2026-01-10 | NO_WEEKLY_HOURS | Saturday has no hours",
        // a jollyday holiday, named
        "2026-12-25 | HOLIDAY         | holiday: Christmas (IT)",
        // a listed date
        "2026-08-14 | CLOSED_DATE     | listed closed date",
        // an exception with hours wins over the holiday on the same date
        "2026-12-08 | EXCEPTION       | exception day 10:00-12:00",
        // an exception without hours closes an ordinary weekday
        "2026-12-31 | EXCEPTION       | exception day, closed all day",
      })
  void saysWhichRuleSetTheHoursOfADay(LocalDate date, DayRule rule, String reason) {
    BusinessCalendar calendar =
        BusinessCalendar.builder(ZoneId.of("Europe/Rome"))
            .hours(
                java.util.EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                List.of(OpeningHours.parse("09:00-13:00"), OpeningHours.parse("14:00-18:00")))
            .holidays(HolidayRegion.of("IT"))
            .closed(LocalDate.of(2026, 8, 14))
            .exception(LocalDate.of(2026, 12, 8), List.of(OpeningHours.parse("10:00-12:00")))
            .exception(LocalDate.of(2026, 12, 31), List.of())
            .build();

    BusinessDay day = calendar.day(date);

    assertThat(day.rule()).isEqualTo(rule);
    assertThat(day.reason()).isEqualTo(reason);
  }

  @Test
  void rejectsNegativeDuration() {
    assertThatThrownBy(
            () -> ROME.add(Instant.parse("2026-01-09T16:30:00Z"), Duration.ofMinutes(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(">= 0");
  }

  @Test
  void rejectsEndBeforeStart() {
    assertThatThrownBy(
            () ->
                ROME.elapsed(
                    Instant.parse("2026-01-09T16:30:00Z"), Instant.parse("2026-01-09T16:29:59Z")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("end >= start");
  }

  @Test
  void rejectsOverlappingHours() {
    BusinessCalendar.Builder builder =
        BusinessCalendar.builder(ZoneId.of("Europe/Rome"))
            .hours(
                DayOfWeek.MONDAY,
                List.of(OpeningHours.parse("09:00-13:00"), OpeningHours.parse("12:00-18:00")));

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("09:00-13:00 and 12:00-18:00 overlap");
  }

  @Test
  void rejectsCalendarThatIsNeverOpen() {
    BusinessCalendar.Builder builder = BusinessCalendar.builder(ZoneId.of("Europe/Rome"));

    assertThatThrownBy(builder::build).isInstanceOf(CalendarHasNoOpenTime.class);
  }

  @Test
  void failsInsteadOfLoopingWhenClosedForTenYears() {
    // open only on one exception day in 2026: from 2027 on, nothing is ever open again
    BusinessCalendar once =
        BusinessCalendar.builder(ZoneId.of("Europe/Rome"))
            .exception(LocalDate.of(2026, 6, 1), List.of(OpeningHours.parse("09:00-10:00")))
            .build();

    assertThatThrownBy(() -> once.add(Instant.parse("2026-06-01T07:00:00Z"), Duration.ofHours(2)))
        .isInstanceOf(CalendarHasNoOpenTime.class)
        .hasMessageContaining("10 years");
    assertThatThrownBy(() -> once.nextOpen(Instant.parse("2027-01-01T00:00:00Z")))
        .isInstanceOf(CalendarHasNoOpenTime.class);
  }

  @Test
  void addsWithinALimitAsAddDoes() {
    long start = Instant.parse("2026-01-09T16:30:00Z").toEpochMilli();
    long twoHours = Duration.ofHours(2).toMillis();
    long deadline = Instant.parse("2026-01-12T09:30:00Z").toEpochMilli();

    // a limit at or after the deadline changes nothing (§4 example 1)
    assertThat(ROME.addMillisWithin(start, twoHours, deadline)).isEqualTo(deadline);
    assertThat(ROME.addMillisWithin(start, twoHours, Long.MAX_VALUE)).isEqualTo(deadline);
    // a limit one millisecond before it answers that there is none
    assertThat(ROME.addMillisWithin(start, twoHours, deadline - 1))
        .isEqualTo(BusinessCalendar.BEYOND_LIMIT);
  }

  @Test
  void addingWithinALimitAnswersInsteadOfThrowingWhereAddThrows() {
    BusinessCalendar once =
        BusinessCalendar.builder(ZoneId.of("Europe/Rome"))
            .exception(LocalDate.of(2026, 6, 1), List.of(OpeningHours.parse("09:00-10:00")))
            .build();
    long june = Instant.parse("2026-06-01T07:00:00Z").toEpochMilli();
    long lateIn9999 = Instant.parse("9999-12-31T20:00:00Z").toEpochMilli();

    // closed for 10 years on the way
    assertThat(once.addMillisWithin(june, Duration.ofHours(2).toMillis(), Long.MAX_VALUE))
        .isEqualTo(BusinessCalendar.BEYOND_LIMIT);
    // the deadline would lie in the year 10000
    assertThat(
            BusinessCalendar.twentyFourSeven()
                .addMillisWithin(lateIn9999, Duration.ofDays(2).toMillis(), Long.MAX_VALUE))
        .isEqualTo(BusinessCalendar.BEYOND_LIMIT);
    assertThatThrownBy(
            () ->
                BusinessCalendar.twentyFourSeven()
                    .add(Instant.ofEpochMilli(lateIn9999), Duration.ofDays(2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("9999");
  }
}
