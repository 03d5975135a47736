package org.accordo.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.accordo.app.refusal.InvalidField;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading request values: instants, time zones, ids, text. */
class RequireTests {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      textBlock =
          """
      # UTC as written
      2026-03-02T09:00:00Z,              2026-03-02T09:00:00Z
      # an offset is applied: 10:00 at +01:00 is 09:00 UTC
      2026-03-02T10:00:00+01:00,         2026-03-02T09:00:00Z
      # the DST change in Rome: 03:00 at +02:00 is 01:00 UTC
      2026-03-29T03:00:00+02:00,         2026-03-29T01:00:00Z
      # milliseconds are kept
      2026-03-02T09:00:00.123Z,          2026-03-02T09:00:00.123Z
      # finer digits are dropped, not rounded
      2026-03-02T09:00:00.123999999Z,    2026-03-02T09:00:00.123Z
      # a leap day that exists
      2028-02-29T12:00:00Z,              2028-02-29T12:00:00Z
      """)
  void readsAnInstantWithAnOffset(String text, Instant expected) {
    assertThat(Require.instant(text, "at")).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "2026-03-02T09:00:00", // no offset: which instant is meant depends on the reader
        "2026-03-02", // a date is not an instant
        "2026-02-30T09:00:00Z", // no 30 February
        "2027-02-29T09:00:00Z", // 2027 is not a leap year
        "2026-03-02T24:00:00Z", // 24:00 is not a time of day here
        "2026-03-02 09:00:00Z", // a space for the T
        "1772442000", // epoch seconds
        "2026-03-02T09:00:00+25:00" // an offset beyond +18:00
      })
  void refusesWhatIsNotAnInstantWithAnOffset(String text) {
    assertThatThrownBy(() -> Require.instant(text, "at"))
        .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("at"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Europe/Atlantis", "CEST", "", "Europe/Rome\u0000"})
  void refusesAnUnknownTimeZone(String zone) {
    assertThatThrownBy(() -> Require.zone(zone, "time_zone"))
        .isInstanceOfSatisfying(
            InvalidField.class, e -> assertThat(e.field()).isEqualTo("time_zone"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Bianchi", "-leading-dash", "with space", "ümlaut", "a/b", ""})
  void refusesAnIdOutsideItsAlphabet(String id) {
    assertThatThrownBy(() -> Require.id(id, "id")).isInstanceOf(InvalidField.class);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "bianchi",
        "0",
        "rossi-it_2",
        "a123456789012345678901234567890123456789012345678901234567890123"
      })
  void acceptsAnIdInItsAlphabet(String id) {
    assertThat(Require.id(id, "id")).isEqualTo(id);
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"   ", "tab\there", "bell\u0007", "nul\u0000"})
  void refusesBlankTextAndControlCharacters(String text) {
    assertThatThrownBy(() -> Require.text(text, "name", 200)).isInstanceOf(InvalidField.class);
  }

  @org.junit.jupiter.api.Test
  void stripsTextAndLimitsItsLength() {
    assertThat(Require.text("  Rossi Srl  ", "name", 200)).isEqualTo("Rossi Srl");
    assertThat(Require.text("x".repeat(200), "name", 200)).hasSize(200);
    assertThatThrownBy(() -> Require.text("x".repeat(201), "name", 200))
        .hasMessageContaining("at most 200 characters, was 201");
  }
}
