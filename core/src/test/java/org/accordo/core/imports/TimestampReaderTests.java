package org.accordo.core.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.accordo.core.imports.TimestampReader.Placement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimestampReaderTests {

  private static final ZoneId ROME = ZoneId.of("Europe/Rome");
  private static final TimestampReader SHIFTING =
      new TimestampReader(
          ROME,
          LocalTimeRule.SHIFT_GAP_EARLIER_OVERLAP,
          List.of("dd/MMM/yy h:mm a", "M/d/yyyy H:mm"));
  private static final TimestampReader REFUSING =
      new TimestampReader(ROME, LocalTimeRule.REFUSE, List.of());

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // an instant in UTC, as most APIs write it
        "2026-03-02T09:30:00Z          | 2026-03-02T09:30:00Z | EXACT",
        // fractions and an offset with and without a colon
        "2026-03-02T10:30:00.250+01:00 | 2026-03-02T09:30:00.250Z | EXACT",
        "2026-03-02T10:30:00.000+0100  | 2026-03-02T09:30:00Z | EXACT",
        // no offset: a local time in Rome, CET in winter; a blank for the T; no seconds
        "2026-03-02 10:30              | 2026-03-02T09:30:00Z | EXACT",
        // CEST in summer
        "2026-07-01T10:30:00           | 2026-07-01T08:30:00Z | EXACT",
        // 02:30 on 29 March 2026 does not exist in Rome: moved later by the gap, 03:30 CEST
        "2026-03-29T02:30:00           | 2026-03-29T01:30:00Z | SHIFTED_OUT_OF_GAP",
        // 02:30 on 25 October 2026 exists twice: the first, still CEST
        "2026-10-25T02:30:00           | 2026-10-25T00:30:00Z | EARLIER_OF_OVERLAP",
        // the instant after the overlap's hour is exact again
        "2026-10-25T03:30:00           | 2026-10-25T02:30:00Z | EXACT",
        // the mapping's own formats: Jira's CSV date, a US date with a 24-hour time
        "02/Mar/26 9:30 AM             | 2026-03-02T08:30:00Z | EXACT",
        "3/29/2026 2:15                | 2026-03-29T01:15:00Z | SHIFTED_OUT_OF_GAP",
      })
  void readsEveryFormAndPlacesLocalTimesByTheRule(String text, Instant expected, Placement how) {
    TimestampReader.Read read = SHIFTING.read(text);

    assertThat(read.instant()).isEqualTo(expected);
    assertThat(read.placement()).isEqualTo(how);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a day February does not have, never rolled over to March
        "2026-02-30T10:00:00 | not a possible date",
        // 24:00 is not a time of a day
        "2026-03-02T24:00:00 | not a possible date",
        // minute 60
        "2026-03-02T10:60:00 | not a possible date",
        // the 31st of a 30-day month in a mapping format
        "4/31/2026 10:00     | not a possible date",
        // not a timestamp at all
        "yesterday           | is not a timestamp",
      })
  void refusesImpossibleDatesAndTimes(String text, String why) {
    assertThatThrownBy(() -> SHIFTING.read(text))
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining(why);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // skipped by daylight saving time
    "2026-03-29T02:30:00, does not exist",
    // repeated by daylight saving time
    "2026-10-25T02:30:00, exists twice",
  })
  void refusesLocalTimesDaylightSavingTimeSkipsOrRepeatsWhenTheMappingSaysSo(
      String text, String why) {
    assertThatThrownBy(() -> REFUSING.read(text))
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining(why)
        .hasMessageContaining("Europe/Rome");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"2026-03-29T02:30:00Z", "2026-10-25T02:30:00+02:00"})
  void aTimestampWithAnOffsetIsNeverAmbiguous(String text) {
    assertThat(REFUSING.read(text).placement()).isEqualTo(Placement.EXACT);
  }

  /**
   * The common ISO forms are read without java.time's parser: whatever the text, {@code read}
   * answers what the parser alone answers, the same instant and placement or the same refusal.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-03-02T09:30:00Z",
        "2026-03-02t09:30:00z",
        "2026-03-02 09:30",
        "2026-03-02T09:30",
        "  2026-03-02T09:30:05  ",
        "2026-03-02T09:30:05.1",
        "2026-03-02T09:30:05.123456789",
        "2026-03-02T09:30:05.1234567890",
        "2026-03-02T09:30:05.",
        "2026-03-02T09:30:05.5-05:30",
        "2026-03-02T09:30:05+0100",
        "2026-03-02T09:30:05-00:00",
        "2026-03-02T09:30:05+18:00",
        "2026-03-02T09:30:05+19:00",
        "2026-03-02T09:30:05+01:60",
        "2026-03-02T09:30:05+01:00:30",
        "2026-03-02T09:30:05+01",
        "2026-03-02T09:30:05 +01:00",
        "2026-03-02T 09:30",
        "2026-03-0209:30",
        "2026-03-29T02:30:00",
        "2026-10-25T02:30:00",
        "2026-02-29T10:00",
        "2028-02-29T10:00",
        "2026-13-01T10:00",
        "2026-04-31T10:00",
        "2026-03-02T24:00",
        "2026-03-02T23:60",
        "2026-03-02T23:59:60",
        "0000-01-01T00:00Z",
        "9999-12-31T23:59:59.999999999Z",
        "+12026-03-02T09:30Z",
        "2026-3-2T09:30",
        "2026/03/02 09:30",
        "2026-03-02T09:30:0",
        "2026-03-02T09:3",
        "2026-03-02X09:30",
        "02/Mar/26 9:30 AM",
        "3/29/2026 2:15",
      })
  void readsTheCommonFormsAsJavaTimesParserDoes(String text) {
    for (TimestampReader reader : List.of(SHIFTING, REFUSING)) {
      assertThat(outcome(() -> reader.read(text)))
          .isEqualTo(outcome(() -> reader.readParsed(text)));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2026-03-02T09:30:00Z",
    "2026-03-02 09:30",
    "2026-03-02T09:30:05.123+01:00",
    "2026-03-02T09:30:05-0500",
    "2026-03-29T02:30:00"
  })
  void theCommonFormsAreReadWithoutTheParser(String text) {
    assertThat(SHIFTING.plainIso(text)).isEqualTo(SHIFTING.readParsed(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"2026-02-30T10:00", "2026-03-02T24:00", "02/Mar/26 9:30 AM", "2026-03-02T 09:30"})
  void anyOtherTextIsLeftToTheParser(String text) {
    assertThat(SHIFTING.plainIso(text)).isNull();
  }

  private static String outcome(java.util.function.Supplier<TimestampReader.Read> read) {
    try {
      return read.get().toString();
    } catch (DateTimeException refused) {
      return "refused: " + refused.getMessage();
    }
  }
}
