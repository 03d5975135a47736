package org.accordo.core.credit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accordo.core.availability.ServiceAvailability;
import org.accordo.core.availability.SlaPeriod;

/**
 * Evaluates a contract's credit rules for a closed period (SLA semantics §5):
 *
 * <ul>
 *   <li>availability tiers, per service: of the tiers whose threshold the availability is strictly
 *       below, only the one with the lowest threshold is owed, unless the contract says {@code
 *       stack: true}, when all of them are;
 *   <li>per-breach rules: each breached clock earns the credit of the first rule, in contract
 *       order, that matches its metric and priority — once, never twice for one clock;
 *   <li>per-late-RCA rules ({@code breach: rca}): each RCA obligation that breached earns the
 *       credit of the first rule, in contract order, that matches the priority of its first ticket;
 *   <li>amounts are exact shares of the monthly fee; the sum is capped at {@code cap x fee}, then
 *       rounded half-even to the currency's minor unit, once.
 * </ul>
 */
public final class CreditEvaluation {

  private CreditEvaluation() {}

  /**
   * @param policy the contract's credit terms
   * @param period the period closed
   * @param availabilities the availability of each service an availability SLA covers
   * @param breaches the breached clocks that stopped in the period
   */
  public static CreditStatement evaluate(
      CreditPolicy policy,
      SlaPeriod period,
      List<ServiceAvailability> availabilities,
      List<Breach> breaches) {
    return evaluate(policy, period, availabilities, breaches, List.of());
  }

  /**
   * {@link #evaluate(CreditPolicy, SlaPeriod, List, List)} with the root cause analyses that
   * breached in the period.
   *
   * @param rcas the RCA obligations whose due instant passed in the period without delivery
   */
  public static CreditStatement evaluate(
      CreditPolicy policy,
      SlaPeriod period,
      List<ServiceAvailability> availabilities,
      List<Breach> breaches,
      List<RcaBreach> rcas) {
    List<CreditLine> lines = new ArrayList<>();
    availabilities.forEach(a -> lines.addAll(tierLines(policy, a)));
    lines.addAll(breachLines(policy, breaches));
    lines.addAll(rcaLines(policy, rcas));
    Money fee = policy.monthlyFee();
    Money uncapped =
        lines.stream()
            .map(CreditLine::amount)
            .reduce(new Money(BigDecimal.ZERO, fee.currency()), Money::plus);
    Optional<Money> cap = policy.cap().map(fee::times);
    Money total = cap.map(uncapped::min).orElse(uncapped).rounded();
    return new CreditStatement(
        lines,
        uncapped,
        cap,
        total,
        policy.claimWithin().map(period.endExclusive()::plus),
        policy.appliedAs());
  }

  private static List<CreditLine> tierLines(CreditPolicy policy, ServiceAvailability availability) {
    List<AvailabilityTier> earned =
        policy.tiers().stream()
            .filter(t -> availability.isBelow(t.below()))
            .sorted(Comparator.comparing(AvailabilityTier::below))
            .toList();
    if (policy.stacking() == TierStacking.LOWEST_TIER_ONLY && earned.size() > 1) {
      earned = earned.subList(0, 1);
    }
    return earned.stream()
        .map(
            t ->
                new CreditLine(
                    t,
                    Optional.of(availability.service()),
                    t.credit(),
                    policy.monthlyFee().times(t.credit()),
                    availability.downtimeOutages(),
                    List.of()))
        .toList();
  }

  private static List<CreditLine> rcaLines(CreditPolicy policy, List<RcaBreach> rcas) {
    Map<RcaCredit, List<RcaBreach>> byRule = new LinkedHashMap<>();
    policy.rcaCredits().forEach(rule -> byRule.put(rule, new ArrayList<>()));
    rcas.stream()
        .sorted(Comparator.comparing(RcaBreach::breachedAt).thenComparing(RcaBreach::rca))
        .forEach(
            rca ->
                policy.rcaCredits().stream()
                    .filter(rule -> rule.matches(rca.priority()))
                    .findFirst()
                    .ifPresent(rule -> byRule.get(rule).add(rca)));
    List<CreditLine> lines = new ArrayList<>();
    byRule.forEach(
        (rule, matched) -> {
          if (!matched.isEmpty()) {
            BigDecimal share = rule.credit().multiply(BigDecimal.valueOf(matched.size()));
            lines.add(
                new CreditLine(
                    rule,
                    Optional.empty(),
                    share,
                    policy.monthlyFee().times(share),
                    List.of(),
                    List.of(),
                    matched));
          }
        });
    return lines;
  }

  private static List<CreditLine> breachLines(CreditPolicy policy, List<Breach> breaches) {
    Map<BreachCredit, List<Breach>> byRule = new LinkedHashMap<>();
    policy.breachCredits().forEach(rule -> byRule.put(rule, new ArrayList<>()));
    breaches.stream()
        .sorted(Comparator.comparing(Breach::breachedAt).thenComparing(Breach::ticket))
        .forEach(
            breach ->
                policy.breachCredits().stream()
                    .filter(rule -> rule.matches(breach.metric(), breach.priority()))
                    .findFirst()
                    .ifPresent(rule -> byRule.get(rule).add(breach)));
    List<CreditLine> lines = new ArrayList<>();
    byRule.forEach(
        (rule, matched) -> {
          if (!matched.isEmpty()) {
            BigDecimal share = rule.credit().multiply(BigDecimal.valueOf(matched.size()));
            lines.add(
                new CreditLine(
                    rule,
                    Optional.empty(),
                    share,
                    policy.monthlyFee().times(share),
                    List.of(),
                    matched));
          }
        });
    return lines;
  }
}
