package org.accordo.app.statements;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * Money as the API and the billing export write it: a decimal string with the currency's scale
 * ({@code "216.00"}), as {@code ReportJson.money} writes a statement's amounts.
 */
final class Amounts {

  private Amounts() {}

  static String text(BigDecimal amount, String currency) {
    return amount.setScale(scale(currency), RoundingMode.HALF_EVEN).toPlainString();
  }

  /** The currency's minor unit digits; 2 for a code Java does not know or one without them. */
  static int scale(String currency) {
    try {
      int digits = Currency.getInstance(currency).getDefaultFractionDigits();
      return digits < 0 ? 2 : digits;
    } catch (IllegalArgumentException unknown) {
      return 2;
    }
  }
}
