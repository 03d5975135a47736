package org.accordo.core.contract;

import java.util.Objects;

/**
 * One line of the fee table.
 *
 * @param item what is charged, e.g. {@code user}
 * @param rate its price per unit of time
 */
public record Fee(String item, Rate rate) {

  public Fee {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(rate, "rate");
  }
}
