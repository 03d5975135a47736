package org.accordo.core.credit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.accordo.core.availability.Outage;

/**
 * One credit owed for a period, with the evidence it comes from.
 *
 * @param rule the rule that earns it, as written in the contract
 * @param service for an availability tier, the service whose availability fell below it
 * @param share the share of the monthly fee, a fraction (a per-breach rule's credit times the
 *     number of breaches)
 * @param amount {@code share x monthly fee}, exact, not rounded
 * @param outages for an availability tier, the outages that made up the downtime
 * @param breaches for a per-breach rule, the breached clocks, in order of breach
 * @param rcas for a per-late-RCA rule, the late root cause analyses, in order of breach
 */
public record CreditLine(
    CreditRule rule,
    Optional<String> service,
    BigDecimal share,
    Money amount,
    List<Outage> outages,
    List<Breach> breaches,
    List<RcaBreach> rcas) {

  public CreditLine {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(share, "share");
    Objects.requireNonNull(amount, "amount");
    outages = List.copyOf(outages);
    breaches = List.copyOf(breaches);
    rcas = List.copyOf(rcas);
  }

  /** A line of an availability tier or a per-breach rule: no late RCA in its evidence. */
  public CreditLine(
      CreditRule rule,
      Optional<String> service,
      BigDecimal share,
      Money amount,
      List<Outage> outages,
      List<Breach> breaches) {
    this(rule, service, share, amount, outages, breaches, List.of());
  }
}
