package org.accordo.app.clocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.accordo.core.calendar.BusinessCalendar;
import org.accordo.core.calendar.OpeningHours;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The time a running clock has left as of the request, in its calendar's business time. */
class DueClocksTests {

  /** Monday to Friday 09:00-13:00 and 14:00-18:00 in Rome (UTC+1 in March 2026). */
  private static final BusinessCalendar OFFICE =
      BusinessCalendar.builder(ZoneId.of("Europe/Rome"))
          .hours(
              EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
              List.of(OpeningHours.parse("09:00-13:00"), OpeningHours.parse("14:00-18:00")))
          .build();

  /** Due Monday 2026-03-02 at 15:00 in Rome. */
  private static final Instant DUE = Instant.parse("2026-03-02T14:00:00Z");

  @ParameterizedTest(name = "at {0}: {1} s")
  @CsvSource({
    // 10:00 in Rome: 3 h before lunch and 1 h after
    "2026-03-02T09:00:00Z, 14400",
    // 29 s later, 29 s less
    "2026-03-02T09:00:29Z, 14371",
    // 13:10, at lunch: the hour after lunch only
    "2026-03-02T12:10:00Z, 3600",
    // 13:50, still at lunch: the calendar is closed, nothing counted
    "2026-03-02T12:50:00Z, 3600",
    // at the due instant
    "2026-03-02T14:00:00Z, 0",
    // 10 min past it, before the breach is recorded: negative
    "2026-03-02T14:10:00Z, -600",
  })
  void remainingIsTheOpenTimeFromNowToTheDueInstant(Instant now, long seconds) {
    assertThat(DueClocks.remaining(OFFICE, DUE, now)).isEqualTo(Duration.ofSeconds(seconds));
  }
}
