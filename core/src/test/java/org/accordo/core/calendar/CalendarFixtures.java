package org.accordo.core.calendar;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

/** Calendars used across the calendar tests. */
final class CalendarFixtures {

  static final ZoneId ROME = ZoneId.of("Europe/Rome");

  private CalendarFixtures() {}

  /**
   * SLA-SEMANTICS §4 {@code rome-office}: Mon–Fri 09:00-13:00 and 14:00-18:00, Europe/Rome, Italian
   * holidays.
   */
  static BusinessCalendar romeOffice() {
    return BusinessCalendar.builder(ROME)
        .hours(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            List.of(OpeningHours.parse("09:00-13:00"), OpeningHours.parse("14:00-18:00")))
        .holidays(HolidayRegion.of("IT"))
        .build();
  }
}
