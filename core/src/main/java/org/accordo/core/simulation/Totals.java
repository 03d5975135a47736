package org.accordo.core.simulation;

import java.util.Objects;
import java.util.Optional;
import org.accordo.core.credit.Money;

/**
 * The period's totals under both contracts, and their difference (proposed minus current).
 *
 * @param current under the current contract
 * @param proposed under the proposed contract
 */
public record Totals(ContractTotals current, ContractTotals proposed) {

  public Totals {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(proposed, "proposed");
  }

  /** Clocks met under the proposed contract minus under the current one. */
  public int metDifference() {
    return proposed.met() - current.met();
  }

  /** Clocks breached under the proposed contract minus under the current one. */
  public int breachedDifference() {
    return proposed.breached() - current.breached();
  }

  /**
   * Credits owed under the proposed contract minus under the current one; a contract without credit
   * terms owes zero. Empty when neither has credit terms, or their currencies differ.
   */
  public Optional<Money> creditsDifference() {
    if (current.credits().isEmpty() && proposed.credits().isEmpty()) {
      return Optional.empty();
    }
    String currency = proposed.credits().or(current::credits).map(Money::currency).orElseThrow();
    Money before = current.credits().orElse(Money.zero(currency));
    Money after = proposed.credits().orElse(Money.zero(currency));
    if (!before.currency().equals(after.currency())) {
      return Optional.empty();
    }
    return Optional.of(new Money(after.amount().subtract(before.amount()), currency));
  }
}
