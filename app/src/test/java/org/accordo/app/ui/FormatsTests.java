package org.accordo.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pages write instants in the reader's zone with its offset, durations in hours and minutes. */
class FormatsTests {

  @ParameterizedTest(name = "{0} in {1} is {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # winter in Rome: one hour ahead of UTC
      2026-03-09T09:00:00Z | Europe/Rome      | 2026-03-09 10:00 +01:00
      # summer in Rome: two hours ahead, the offset says so
      2026-07-01T09:00:00Z | Europe/Rome      | 2026-07-01 11:00 +02:00
      # UTC itself
      2026-03-09T09:00:59Z | UTC              | 2026-03-09 09:00 +00:00
      # behind UTC, across midnight
      2026-03-09T03:30:00Z | America/New_York | 2026-03-08 23:30 -04:00
      """)
  void writesAnInstantInTheReadersZoneWithItsOffset(String at, String zone, String written) {
    assertThat(Formats.instant(Instant.parse(at), ZoneId.of(zone))).isEqualTo(written);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # under an hour: minutes alone
      PT42M       | 42 min
      # seconds are dropped, not rounded up
      PT59S       | 0 min
      # whole hours keep their two-digit minutes
      PT4H        | 4 h 00 min
      PT2H5M30S   | 2 h 05 min
      # more than a day stays in hours: a day's length depends on the calendar
      PT27H5M     | 27 h 05 min
      # a negative duration is written as its length
      -PT1H20M    | 1 h 20 min
      """)
  void writesADurationInHoursAndMinutes(String duration, String written) {
    assertThat(Formats.hoursAndMinutes(Duration.parse(duration))).isEqualTo(written);
  }
}
