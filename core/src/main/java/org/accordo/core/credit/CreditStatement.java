package org.accordo.core.credit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The credits owed for a period: the lines, their exact sum, the cap and the total to pay.
 *
 * @param lines the credit lines, availability tiers first, then per-breach rules, in contract order
 * @param uncapped the exact sum of the lines
 * @param cap the cap as an amount ({@code cap x monthly fee}), empty when the contract sets none
 * @param total the amount owed: the smaller of {@code uncapped} and {@code cap}, rounded half-even
 *     to the currency's minor unit once, here
 * @param claimBy the last instant the customer may claim ({@code period end + claim_within}), empty
 *     when the contract sets no limit
 * @param appliedAs how the credit is paid, in the contract's words, if said
 */
public record CreditStatement(
    List<CreditLine> lines,
    Money uncapped,
    Optional<Money> cap,
    Money total,
    Optional<Instant> claimBy,
    Optional<String> appliedAs) {

  public CreditStatement {
    lines = List.copyOf(lines);
    Objects.requireNonNull(uncapped, "uncapped");
    Objects.requireNonNull(cap, "cap");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(claimBy, "claimBy");
    Objects.requireNonNull(appliedAs, "appliedAs");
  }

  /** True when the cap cut the total: the lines add up to more than the cap. */
  public boolean capped() {
    return cap.map(c -> uncapped.amount().compareTo(c.amount()) > 0).orElse(false);
  }

  /** The currency of every amount. */
  public String currency() {
    return total.currency();
  }
}
