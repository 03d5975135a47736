package org.accordo.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpeningHoursTests {

  @ParameterizedTest
  @CsvSource({
    // an ordinary morning
    "09:00-13:00, 32400, 46800",
    // 24:00 ends the day
    "18:00-24:00, 64800, 86400",
    // the whole day
    "00:00-24:00, 0, 86400",
    // seconds are allowed, spaces around the dash too
    "08:30:15 - 09:00, 30615, 32400",
  })
  void parsesRanges(String text, int start, int end) {
    assertThat(OpeningHours.parse(text)).isEqualTo(new OpeningHours(start, end));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // hour out of range
        "09:00-25:00 | not a time between 00:00 and 24:00",
        // ends before it starts
        "09:00-08:00 | ends before or when it starts",
        // empty range
        "09:00-09:00 | ends before or when it starts",
        // cannot start at 24:00
        "24:00-24:00 | starts at 24:00",
        // minutes out of range
        "09:60-10:00 | not a time between",
        // not a range at all
        "nine to five | not a time range",
      })
  void rejectsBadRanges(String text, String message) {
    assertThatThrownBy(() -> OpeningHours.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }
}
