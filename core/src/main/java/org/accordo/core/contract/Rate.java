package org.accordo.core.contract;

import java.util.Objects;
import org.accordo.core.credit.Money;

/**
 * A price per unit, e.g. 90 EUR per hour.
 *
 * @param price the price of one unit
 * @param per the unit, e.g. {@code hour}, {@code month}
 */
public record Rate(Money price, String per) {

  public Rate {
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(per, "per");
  }
}
