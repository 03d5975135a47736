package org.accordo.core.credit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An exact amount of money in one currency. Arithmetic is exact ({@link BigDecimal}); rounding
 * happens only when asked for, half-even, to the currency's minor unit.
 *
 * @param amount the exact amount, never null; its scale is kept as written
 * @param currency an ISO 4217 code of three capital letters, e.g. {@code EUR}
 */
public record Money(BigDecimal amount, String currency) {

  private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

  /**
   * @throws IllegalArgumentException if the currency is not three capital letters
   */
  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    if (!CODE.matcher(currency).matches()) {
      throw new IllegalArgumentException(
          "a currency must be an ISO 4217 code such as EUR, was '" + currency + "'");
    }
  }

  /** {@code Money.of("2400.00", "EUR")}. */
  public static Money of(String amount, String currency) {
    return new Money(new BigDecimal(amount), currency);
  }

  /** Zero in {@code currency}, with the currency's minor-unit scale. */
  public static Money zero(String currency) {
    return new Money(BigDecimal.ZERO.setScale(minorDigits(currency)), currency);
  }

  /** This amount times {@code factor}, exactly, e.g. a fee times a credit share. */
  public Money times(BigDecimal factor) {
    return new Money(amount.multiply(factor), currency);
  }

  /**
   * The sum, exactly.
   *
   * @throws IllegalArgumentException if the currencies differ
   */
  public Money plus(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency);
    }
    return new Money(amount.add(other.amount), currency);
  }

  /**
   * The smaller of the two; this one when equal. @throws IllegalArgumentException if the currencies
   * differ
   */
  public Money min(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException("cannot compare " + other.currency + " with " + currency);
    }
    return other.amount.compareTo(amount) < 0 ? other : this;
  }

  /** Rounded half-even to the currency's minor unit (cents for EUR; 2 digits for unknown codes). */
  public Money rounded() {
    return new Money(amount.setScale(minorDigits(currency), RoundingMode.HALF_EVEN), currency);
  }

  /** True when the amounts are numerically equal and the currencies the same (scale ignored). */
  public boolean isSameAmount(Money other) {
    return currency.equals(other.currency) && amount.compareTo(other.amount) == 0;
  }

  private static int minorDigits(String currency) {
    try {
      int digits = Currency.getInstance(currency).getDefaultFractionDigits();
      return digits < 0 ? 2 : digits;
    } catch (IllegalArgumentException unknownCode) {
      return 2;
    }
  }

  /** {@code 2400.00 EUR}. */
  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency;
  }
}
