package org.accordo.core.contract.lint;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.accordo.core.availability.AvailabilityPolicy;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.ContractSla;
import org.accordo.core.contract.DowntimeAllowance;
import org.accordo.core.contract.Durations;
import org.accordo.core.policy.Metric;
import org.accordo.core.policy.MetricTarget;

/**
 * {@code budget-below-rto}: an availability target's downtime budget for a 30-day month is shorter
 * than the contract's recovery time objective, or than the resolution target of the most urgent
 * priority in an SLA covering one of the same services: one incident fixed within its own target
 * would still break the availability promise.
 */
final class BudgetBelowRestoreTime extends ContractRule {

  BudgetBelowRestoreTime() {
    super(
        "budget-below-rto",
        Severity.WARNING,
        "An availability target's monthly downtime budget is shorter than the RTO or the most urgent priority's "
            + "resolution target.",
        "Lower the availability target, or shorten the RTO / resolution target so one incident fits the budget.");
  }

  @Override
  List<Finding> check(Contract c, LintSubject s) {
    List<Finding> findings = new ArrayList<>();
    String urgent = c.priorityIds().get(0);
    for (int i = 0; i < c.slas().size(); i++) {
      ContractSla sla = c.slas().get(i);
      if (sla.availability().isEmpty()) {
        continue;
      }
      AvailabilityPolicy a = sla.availability().get();
      Duration budget = DowntimeAllowance.of(a.target()).perMonth();
      String path = "slas[" + i + "].availability.target";
      String head =
          percent(a)
              + " leaves a downtime budget of "
              + Durations.describe(budget)
              + " in a 30-day month, ";
      c.security()
          .disasterRecovery()
          .filter(dr -> dr.rto().compareTo(budget) > 0)
          .ifPresent(
              dr ->
                  findings.add(
                      at(
                          s,
                          path,
                          head + "shorter than the RTO of " + Durations.describe(dr.rto()))));
      resolution(c, sla, urgent)
          .filter(r -> r.target().compareTo(budget) > 0)
          .ifPresent(
              r ->
                  findings.add(
                      at(
                          s,
                          path,
                          head
                              + "shorter than the "
                              + urgent
                              + " resolution target of "
                              + Durations.describe(r.target()))));
    }
    return findings;
  }

  /** The longest most-urgent resolution target among SLAs that share a service with {@code sla}. */
  private static Optional<MetricTarget> resolution(Contract c, ContractSla sla, String priority) {
    return c.slas().stream()
        .filter(
            other -> other.policy().services().stream().anyMatch(sla.policy().services()::contains))
        .flatMap(other -> other.policy().target(Metric.RESOLUTION, priority).stream())
        .max((x, y) -> x.target().compareTo(y.target()));
  }

  private static String percent(AvailabilityPolicy a) {
    return a.target().movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }
}
