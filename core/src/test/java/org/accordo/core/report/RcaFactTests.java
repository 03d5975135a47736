package org.accordo.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When a root cause analysis is open, delivered and late, as a period's close reads it. */
class RcaFactTests {

  private static final Instant OPENED = Instant.parse("2026-03-02T14:00:00Z");
  private static final Instant DUE = Instant.parse("2026-03-03T14:00:00Z");

  private static RcaFact delivered(String at) {
    return new RcaFact(
        "rca-1",
        List.of("T1"),
        "P1",
        OPENED,
        DUE,
        at.isEmpty() ? Optional.empty() : Optional.of(Instant.parse(at)));
  }

  @ParameterizedTest(name = "delivered {0}, seen at {1}: late {2}")
  @CsvSource({
    // delivered before its due instant: on time, whenever it is seen
    "2026-03-03T13:59:00Z, 2026-04-01T00:00:00Z, false",
    // delivered at its due instant: the instant passed without delivery, late
    "2026-03-03T14:00:00Z, 2026-04-01T00:00:00Z, true",
    // not delivered, seen before its due instant: not late yet
    "'', 2026-03-03T13:00:00Z, false",
    // not delivered, seen after its due instant: late
    "'', 2026-03-04T00:00:00Z, true",
    // delivered late, but seen before the delivery: late all the same
    "2026-03-05T10:00:00Z, 2026-03-04T00:00:00Z, true",
  })
  void isLateOnceItsDueInstantPassedWithoutDelivery(String deliveredAt, String seen, boolean late) {
    assertThat(delivered(deliveredAt).isLateAt(Instant.parse(seen))).isEqualTo(late);
  }

  @ParameterizedTest(name = "delivered {0}: open at {1} {2}")
  @CsvSource({
    // opened before and not delivered: open
    "'', 2026-03-10T00:00:00Z, true",
    // delivered before the instant: no longer open
    "2026-03-05T10:00:00Z, 2026-03-10T00:00:00Z, false",
    // delivered after the instant: open at it
    "2026-03-12T10:00:00Z, 2026-03-10T00:00:00Z, true",
    // not opened yet at the instant
    "'', 2026-03-02T13:00:00Z, false",
  })
  void isOpenFromItsOpeningUntilItsDelivery(String deliveredAt, String at, boolean open) {
    assertThat(delivered(deliveredAt).isOpenAt(Instant.parse(at))).isEqualTo(open);
  }

  @Test
  void breachesInThePeriodOfItsDueInstantOnly() {
    RcaFact late = delivered("2026-04-02T10:00:00Z");
    Instant march = Instant.parse("2026-02-28T23:00:00Z");
    Instant april = Instant.parse("2026-03-31T22:00:00Z");
    Instant may = Instant.parse("2026-04-30T22:00:00Z");

    assertThat(late.breachIn(march, april, april))
        .get()
        .extracting(b -> b.breachedAt())
        .isEqualTo(DUE);
    assertThat(late.breachIn(april, may, may)).isEmpty();
    assertThat(delivered("2026-03-03T10:00:00Z").breachIn(march, april, april)).isEmpty();
  }

  @Test
  void refusesAnAnalysisWithoutTicketsOrDueBeforeItOpened() {
    assertThatThrownBy(() -> new RcaFact("rca-1", List.of(), "P1", OPENED, DUE, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one ticket");
    assertThatThrownBy(
            () -> new RcaFact("rca-1", List.of("T1"), "P1", DUE, OPENED, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before it opened");
  }
}
