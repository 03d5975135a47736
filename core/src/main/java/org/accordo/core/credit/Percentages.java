package org.accordo.core.credit;

import java.math.BigDecimal;

/** Writing fractions as percentages for people: {@code 0.999} is {@code 99.9%}. */
final class Percentages {

  private Percentages() {}

  static String format(BigDecimal fraction) {
    BigDecimal percent = fraction.movePointRight(2).stripTrailingZeros();
    return (percent.scale() < 0 ? percent.setScale(0) : percent).toPlainString() + "%";
  }

  static void requireShare(BigDecimal fraction, String what) {
    if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(what + " must be between 0% and 100%, was " + fraction);
    }
  }
}
