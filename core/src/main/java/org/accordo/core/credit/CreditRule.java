package org.accordo.core.credit;

import java.math.BigDecimal;

/**
 * One rule of the contract's {@code credits.rules}: a share of the monthly fee owed when a
 * condition is met in a period.
 */
public sealed interface CreditRule permits AvailabilityTier, BreachCredit, RcaCredit {

  /** The share of the monthly fee this rule credits, as a fraction (5% is {@code 0.05}). */
  BigDecimal credit();

  /** A short name of the rule for credit lines, e.g. {@code availability below 99.9%}. */
  String label();
}
