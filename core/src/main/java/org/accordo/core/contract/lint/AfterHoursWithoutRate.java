package org.accordo.core.contract.lint;

import java.util.ArrayList;
import java.util.List;
import org.accordo.core.contract.Communication;
import org.accordo.core.contract.Contract;
import org.accordo.core.policy.MetricTarget;

/**
 * {@code after-hours-without-rate}: after-hours work is promised for a priority whose targets run
 * on a business-hours calendar (so the work falls outside the SLA's hours), but no rate says what
 * it costs.
 */
final class AfterHoursWithoutRate extends ContractRule {

  AfterHoursWithoutRate() {
    super(
        "after-hours-without-rate",
        Severity.WARNING,
        "After-hours work is promised for a priority measured on business hours, but no rate is given.",
        "Add communication.after_hours.rate (amount, currency, per), or state that after-hours work is included.");
  }

  @Override
  List<Finding> check(Contract c, LintSubject s) {
    List<Finding> findings = new ArrayList<>();
    c.communication()
        .flatMap(Communication::afterHours)
        .filter(a -> a.rate().isEmpty())
        .ifPresent(
            a -> {
              for (int j = 0; j < a.availableFor().size(); j++) {
                String priority = a.availableFor().get(j);
                if (onBusinessHours(c, s, priority)) {
                  findings.add(
                      at(
                          s,
                          "communication.after_hours.available_for[" + j + "]",
                          "after-hours work is promised for "
                              + priority
                              + ", whose targets run on business hours, but communication.after_hours has no rate"));
                }
              }
            });
    return findings;
  }

  private static boolean onBusinessHours(Contract c, LintSubject s, String priority) {
    return c.slas().stream()
        .flatMap(sla -> sla.policy().targets().values().stream())
        .map(byPriority -> byPriority.get(priority))
        .filter(java.util.Objects::nonNull)
        .map(MetricTarget::calendar)
        .anyMatch(calendar -> !c.isAlwaysOpen(calendar));
  }
}
