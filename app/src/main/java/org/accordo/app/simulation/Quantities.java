package org.accordo.app.simulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import org.accordo.core.credit.Money;

/** How the simulation writes seconds, shares and amounts, the same in every format. */
final class Quantities {

  private Quantities() {}

  /** Seconds with up to three decimals, exact to the millisecond: 2674.8. */
  static BigDecimal seconds(Duration duration) {
    return seconds(duration.toMillis());
  }

  /** {@code millis} as seconds with up to three decimals. */
  static BigDecimal seconds(long millis) {
    return plain(BigDecimal.valueOf(millis).movePointLeft(3));
  }

  /** An exact amount, at least to cents. */
  static BigDecimal amount(Money money) {
    BigDecimal amount = money.amount().stripTrailingZeros();
    return amount.scale() < 2 ? amount.setScale(2) : amount;
  }

  /** {@code 1234.50 EUR}. */
  static String money(Money money) {
    return amount(money).toPlainString() + " " + money.currency();
  }

  /** A fraction as a percentage with up to two decimals: 0.333333 -> {@code 33.33 %}. */
  static String percent(BigDecimal fraction) {
    return plain(fraction.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN)).toPlainString()
        + " %";
  }

  /** An availability fraction with four decimals of percent: {@code 99.8512 %}. */
  static String availability(BigDecimal fraction) {
    return fraction.movePointRight(2).setScale(4, RoundingMode.HALF_EVEN).toPlainString() + " %";
  }

  /** A fraction as a plain percentage number: 0.95 -> 95, 0.995 -> 99.5. */
  static BigDecimal percentNumber(BigDecimal fraction) {
    return plain(fraction.movePointRight(2));
  }

  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
