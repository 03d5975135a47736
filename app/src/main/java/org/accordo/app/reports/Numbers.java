package org.accordo.app.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/** How the period report writes durations, shares and amounts, the same in every format. */
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

  /** {@code 99.8765 %} for a fraction, four decimals of percent. */
  static String percentText(BigDecimal fraction) {
    return fraction.movePointRight(2).setScale(4, RoundingMode.HALF_EVEN).toPlainString() + " %";
  }

  /** {@code 5%} for a share, as the contract writes it. */
  static String shareText(BigDecimal share) {
    return percent(share).toPlainString() + "%";
  }

  /** {@code 44 min 34.8 s}, {@code 2 h 5 min}, {@code -3 min}; days are written as hours. */
  static String human(Duration duration) {
    if (duration.isZero()) {
      return "0 s";
    }
    String sign = duration.isNegative() ? "-" : "";
    long millis = Math.abs(duration.toMillis());
    long hours = millis / 3_600_000;
    long minutes = millis / 60_000 % 60;
    BigDecimal seconds = plain(BigDecimal.valueOf(millis % 60_000).movePointLeft(3));
    StringBuilder text = new StringBuilder(sign);
    if (hours > 0) {
      text.append(hours).append(" h ");
    }
    if (minutes > 0) {
      text.append(minutes).append(" min ");
    }
    if (seconds.signum() > 0) {
      text.append(seconds.toPlainString()).append(" s");
    }
    return text.toString().strip();
  }

  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
