package org.accordo.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationsTests {

  @ParameterizedTest(name = "{0} reads {1}")
  @CsvSource({
    "PT43M12S,        43 min 12 s", // 99.9% of a 30-day month
    "PT8H45M36S,      8 h 45 min 36 s", // 99.9% of a 365-day year
    "PT4M19.2S,       4 min 19.2 s", // tenths of a second are kept
    "PT5M15.36S,      5 min 15.36 s", // hundredths too
    "PT0S,            0 s", // zero is written, not left empty
    "PT87H36M,        3 d 15 h 36 min", // days for wall-clock time
    "PT30M,           30 min", // no zero parts
  })
  void describesWallClockTime(Duration duration, String expected) {
    assertThat(Durations.describe(duration)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} reads {1}")
  @CsvSource({
    "PT24H,   24 h", // 24 business hours are not one day
    "PT40H,   40 h",
    "PT1H30M, 1 h 30 min",
    "PT30M,   30 min",
  })
  void describesBusinessTimeInHours(Duration duration, String expected) {
    assertThat(Durations.describeHours(duration)).isEqualTo(expected);
  }
}
