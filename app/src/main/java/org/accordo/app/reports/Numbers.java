package org.accordo.app.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/** How the period report's JSON writes seconds and shares. */
final class Numbers {

  private Numbers() {}

  /** Seconds with up to three decimals, exact to the millisecond: 2674.8. */
  static BigDecimal seconds(Duration duration) {
    return plain(BigDecimal.valueOf(duration.toMillis()).movePointLeft(3));
  }

  /** A share as a percentage number: 0.05 -> 5. */
  static BigDecimal percent(BigDecimal share) {
    return plain(share.movePointRight(2));
  }

  /** A fraction rounded half-even to {@code digits} decimals. */
  static BigDecimal fraction(BigDecimal value, int digits) {
    return value.setScale(digits, RoundingMode.HALF_EVEN);
  }

  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
