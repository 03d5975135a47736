package org.accordo.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvInstantsTests {

  @ParameterizedTest
  @CsvSource({
    // UTC
    "2026-01-09T16:30:00Z, 2026-01-09T16:30:00Z",
    // an offset east of UTC
    "2026-01-09T17:30:00+01:00, 2026-01-09T16:30:00Z",
    // an offset west of UTC, across midnight and a year end
    "2025-12-31T21:00:00-05:00, 2026-01-01T02:00:00Z",
    // a leap day
    "2028-02-29T23:59:59Z, 2028-02-29T23:59:59Z",
    // no seconds written: the JDK parser's form is accepted too
    "2026-01-09T16:30Z, 2026-01-09T16:30:00Z",
  })
  void readsInstantsAndWritesThemInUtc(String text, String utc) {
    StringBuilder out = new StringBuilder();

    CsvInstants.appendUtc(out, CsvInstants.parseEpochSecond(text, "start"));

    assertThat(out).hasToString(utc);
  }

  @Test
  void agreesWithJavaTimeOnRandomInstantsAndOffsets() {
    SplittableRandom random = new SplittableRandom(7);
    long from = Instant.parse("1600-01-01T00:00:00Z").getEpochSecond();
    long to = Instant.parse("9999-12-31T00:00:00Z").getEpochSecond();
    for (int i = 0; i < 20_000; i++) {
      long second = random.nextLong(from, to);
      ZoneOffset offset = ZoneOffset.ofTotalSeconds(random.nextInt(-18 * 4, 18 * 4 + 1) * 900);
      String text = OffsetDateTime.ofInstant(Instant.ofEpochSecond(second), offset).toString();
      StringBuilder out = new StringBuilder();

      CsvInstants.appendUtc(out, CsvInstants.parseEpochSecond(text, "start"));

      assertThat(out).as(text).hasToString(Instant.ofEpochSecond(second).toString());
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // the 30th of February
        "2026-02-30T10:00:00Z | not an ISO-8601 instant",
        // no zone or offset: a local time is ambiguous
        "2026-01-09T16:30:00 | not an ISO-8601 instant",
        // fractions of a second
        "2026-01-09T16:30:00.500Z | fractions of a second",
        // not a time at all
        "tomorrow | not an ISO-8601 instant",
      })
  void rejectsWhatIsNotAWholeSecondInstant(String text, String message) {
    assertThatThrownBy(() -> CsvInstants.parseEpochSecond(text, "start"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("start '" + text + "'")
        .hasMessageContaining(message);
  }
}
