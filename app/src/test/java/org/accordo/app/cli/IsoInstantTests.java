package org.accordo.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast instant formatter of the CLI prints exactly what {@code Instant.toString()} prints. */
class IsoInstantTests {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-02-02T09:00:00Z", // a plain second
        "2026-02-02T09:00:00.250Z", // milliseconds
        "2024-02-29T23:59:59Z", // a leap day
        "2000-03-01T00:00:00Z", // after a 400-year leap day
        "1969-12-31T23:59:59Z", // before the epoch
        "0000-01-01T00:00:00Z", // the first year formatted by hand
        "9999-12-31T23:59:59.999Z", // the last
        "+10000-01-01T00:00:00Z", // beyond: toString
        "2026-02-02T09:00:00.000001Z"
      }) // below a millisecond: toString
  void formatsAsInstantToString(String text) {
    Instant instant = Instant.parse(text);
    char[] out = new char[IsoInstant.MAX_LENGTH];
    assertThat(new String(out, 0, IsoInstant.format(instant, out))).isEqualTo(instant.toString());
  }

  @Test
  void agreesWithToStringOnRandomMillisecondInstants() {
    Random random = new Random(42);
    char[] out = new char[IsoInstant.MAX_LENGTH];
    for (int i = 0; i < 100_000; i++) {
      Instant instant = Instant.ofEpochMilli(random.nextLong() % 253_402_300_799_000L);
      assertThat(new String(out, 0, IsoInstant.format(instant, out))).isEqualTo(instant.toString());
    }
  }
}
