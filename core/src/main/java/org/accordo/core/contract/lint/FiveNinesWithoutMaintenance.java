package org.accordo.core.contract.lint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.accordo.core.availability.AvailabilityPolicy;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.DowntimeAllowance;
import org.accordo.core.contract.Durations;

/**
 * {@code five-nines-without-maintenance}: an availability target of 99.99% or more with no
 * maintenance window: a single patch reboot a month spends the whole budget.
 */
final class FiveNinesWithoutMaintenance extends ContractRule {

  static final BigDecimal THRESHOLD = new BigDecimal("0.9999");

  FiveNinesWithoutMaintenance() {
    super(
        "five-nines-without-maintenance",
        Severity.ERROR,
        "An availability target of 99.99% or more is promised without a maintenance window.",
        "Add availability.maintenance with a window and notice, or lower the target.");
  }

  @Override
  List<Finding> check(Contract c, LintSubject s) {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < c.slas().size(); i++) {
      int index = i;
      c.slas()
          .get(i)
          .availability()
          .filter(a -> a.target().compareTo(THRESHOLD) >= 0 && a.maintenance().windows().isEmpty())
          .ifPresent(
              a -> findings.add(at(s, "slas[" + index + "].availability.target", message(a))));
    }
    return findings;
  }

  private static String message(AvailabilityPolicy a) {
    String percent = a.target().movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    return percent
        + " availability allows "
        + Durations.describe(DowntimeAllowance.of(a.target()).perMonth())
        + " of downtime in a 30-day month, and no maintenance window is defined";
  }
}
