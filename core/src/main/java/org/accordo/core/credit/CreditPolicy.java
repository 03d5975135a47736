package org.accordo.core.credit;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.accordo.core.availability.OutageCause;

/**
 * The contract's {@code credits:} section: what the provider owes when it misses an SLA.
 *
 * @param monthlyFee the fee every credit percentage is a share of
 * @param rules the rules in contract order (availability tiers and per-breach credits)
 * @param cap the most that may be credited in one period, as a share of the monthly fee; empty for
 *     no cap
 * @param exclusions the outage causes that never count against the provider ({@code
 *     announced_maintenance} only inside the maintenance windows)
 * @param claimWithin how long after the period's end the customer may claim; empty when the
 *     contract sets no limit
 * @param appliedAs how a credit is paid, in the contract's words (e.g. a discount on the next
 *     invoice); empty if unsaid
 * @param stacking whether availability tiers add up; {@link TierStacking#LOWEST_TIER_ONLY} unless
 *     the contract says {@code stack: true}
 */
public record CreditPolicy(
    Money monthlyFee,
    List<CreditRule> rules,
    Optional<BigDecimal> cap,
    Set<OutageCause> exclusions,
    Optional<Duration> claimWithin,
    Optional<String> appliedAs,
    TierStacking stacking) {

  public CreditPolicy {
    Objects.requireNonNull(monthlyFee, "monthlyFee");
    rules = List.copyOf(rules);
    Objects.requireNonNull(cap, "cap");
    cap.ifPresent(c -> Percentages.requireShare(c, "a credit cap"));
    exclusions = exclusions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(exclusions));
    Objects.requireNonNull(claimWithin, "claimWithin");
    Objects.requireNonNull(appliedAs, "appliedAs");
    Objects.requireNonNull(stacking, "stacking");
    if (monthlyFee.amount().signum() < 0) {
      throw new IllegalArgumentException("a monthly fee must not be negative, was " + monthlyFee);
    }
  }

  /** The availability tiers, in contract order. */
  public List<AvailabilityTier> tiers() {
    return rules.stream()
        .filter(AvailabilityTier.class::isInstance)
        .map(AvailabilityTier.class::cast)
        .toList();
  }

  /** The per-breach credits, in contract order. */
  public List<BreachCredit> breachCredits() {
    return rules.stream()
        .filter(BreachCredit.class::isInstance)
        .map(BreachCredit.class::cast)
        .toList();
  }

  /** The per-late-RCA credits, in contract order. */
  public List<RcaCredit> rcaCredits() {
    return rules.stream().filter(RcaCredit.class::isInstance).map(RcaCredit.class::cast).toList();
  }

  /** True when outages of {@code cause} are excluded (for maintenance: inside its windows only). */
  public boolean excludes(OutageCause cause) {
    return exclusions.contains(cause);
  }
}
