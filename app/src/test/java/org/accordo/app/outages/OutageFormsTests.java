package org.accordo.app.outages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.accordo.app.refusal.InvalidField;
import org.accordo.core.availability.OutageCause;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The outages page reads instants typed in the reader's zone, refusing what is no instant. */
class OutageFormsTests {

  private static final ZoneId ROME = ZoneId.of("Europe/Rome");

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    // winter: UTC+1
    "2026-03-02 10:30, 2026-03-02T09:30:00Z",
    // a T between date and time reads too
    "2026-03-02T10:30, 2026-03-02T09:30:00Z",
    // the hour repeated when the clocks go back: the first of the two (UTC+2)
    "2026-10-25 02:30, 2026-10-25T00:30:00Z"
  })
  void readsALocalDateAndTime(String typed, String instant) {
    assertThat(OutageForms.instant(typed, ROME, "from")).isEqualTo(Instant.parse(instant));
  }

  @ParameterizedTest(name = "{0} is refused")
  @CsvSource({
    // an impossible day is refused, never rolled over to 2 March
    "2026-02-30 10:00",
    // the hour skipped when the clocks go forward
    "2026-03-29 02:30",
    "yesterday"
  })
  void refusesWhatIsNoInstantNamingTheField(String typed) {
    assertThatThrownBy(() -> OutageForms.instant(typed, ROME, "to"))
        .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("to"));
  }

  @Test
  void readsACauseByItsIdAndABlankEndAsNone() {
    assertThat(OutageForms.cause("customer_caused", "cause"))
        .isEqualTo(OutageCause.CUSTOMER_CAUSED);
    assertThat(OutageForms.optionalInstant(" ", ROME, "to")).isNull();
    assertThatThrownBy(() -> OutageForms.cause("weather", "cause"))
        .isInstanceOf(InvalidField.class);
  }
}
