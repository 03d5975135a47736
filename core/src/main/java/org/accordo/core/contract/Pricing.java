package org.accordo.core.contract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code pricing:} section.
 *
 * @param structure how the price is built, or empty
 * @param fees the fee table
 * @param paymentTerms when invoices are due, or empty
 * @param discounts discounts granted, or empty
 */
public record Pricing(
    Optional<String> structure,
    List<Fee> fees,
    Optional<String> paymentTerms,
    Optional<String> discounts) {

  public Pricing {
    Objects.requireNonNull(structure, "structure");
    fees = List.copyOf(fees);
    Objects.requireNonNull(paymentTerms, "paymentTerms");
    Objects.requireNonNull(discounts, "discounts");
  }
}
