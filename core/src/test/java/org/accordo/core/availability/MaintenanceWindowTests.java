package org.accordo.core.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaintenanceWindowTests {

  private static final ZoneId ROME = ZoneId.of("Europe/Rome");

  @ParameterizedTest(name = "{0} {1}-{2} -> {4} to {5}")
  @CsvSource(
      textBlock =
          """
      # an ordinary Sunday night in winter (CET, UTC+1)
      SUNDAY,   02:00, 04:00, 2026-03-08, 2026-03-08T01:00:00Z, 2026-03-08T03:00:00Z
      # the night the clocks go forward: 02:00 does not exist and moves to 03:00 CEST
      SUNDAY,   02:00, 04:00, 2026-03-29, 2026-03-29T01:00:00Z, 2026-03-29T02:00:00Z
      # the night the clocks go back: 02:00 happens twice, the earlier (CEST) is taken
      SUNDAY,   02:00, 04:00, 2026-10-25, 2026-10-25T00:00:00Z, 2026-10-25T03:00:00Z
      # a window that crosses midnight ends on the next day
      SATURDAY, 22:00, 02:00, 2026-03-07, 2026-03-07T21:00:00Z, 2026-03-08T01:00:00Z
      # 00:00-24:00 (end stored as 00:00) is the whole day
      MONDAY,   00:00, 00:00, 2026-03-09, 2026-03-08T23:00:00Z, 2026-03-09T23:00:00Z
      """,
      commentCharacter = '#')
  void opensAndClosesAtLocalTimesInItsOwnZone(
      DayOfWeek day, LocalTime start, LocalTime end, String date, Instant opens, Instant closes) {
    MaintenanceWindow window = new MaintenanceWindow(EnumSet.of(day), start, end, ROME);
    Instant midday = java.time.LocalDate.parse(date).atTime(12, 0).atZone(ROME).toInstant();

    // the occurrence of that day is the one that overlaps its midday or starts that evening
    TimeSpan range = new TimeSpan(midday.minusSeconds(12 * 3600), midday.plusSeconds(12 * 3600));

    assertThat(window.occurrences(range)).contains(new TimeSpan(opens, closes));
  }
}
