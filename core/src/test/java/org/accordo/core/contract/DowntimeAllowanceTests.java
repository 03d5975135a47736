package org.accordo.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DowntimeAllowanceTests {

  @ParameterizedTest(name = "{0} allows {1} ms a month and {2} ms a year")
  @CsvSource({
    // 0.1% of 2,592,000 s = 2,592 s (43 min 12 s); of 31,536,000 s = 31,536 s (8 h 45 min 36 s)
    "0.999,   2592000,  31536000",
    // 1% of a month = 25,920 s (7 h 12 min); of a year = 315,360 s (3 d 15 h 36 min)
    "0.99,    25920000, 315360000",
    // 0.01%: 259.2 s (4 min 19.2 s) and 3,153.6 s (52 min 33.6 s)
    "0.9999,  259200,   3153600",
    // 0.001% of a 365-day year is 5 min 15.36 s, as SLA semantics §5 says
    "0.99999, 25920,    315360",
    // 100% allows nothing
    "1,       0,        0",
  })
  void allowsTheShareOfA30DayMonthAndA365DayYear(String target, long monthMillis, long yearMillis) {
    DowntimeAllowance allowance = DowntimeAllowance.of(new BigDecimal(target));

    assertThat(allowance.perMonth()).isEqualTo(Duration.ofMillis(monthMillis));
    assertThat(allowance.perYear()).isEqualTo(Duration.ofMillis(yearMillis));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-0.5", "1.0001"})
  void rejectsTargetsOutsideZeroToOne(String target) {
    assertThatThrownBy(() -> DowntimeAllowance.of(new BigDecimal(target)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(target);
  }
}
