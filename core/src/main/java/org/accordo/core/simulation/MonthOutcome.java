package org.accordo.core.simulation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.accordo.core.credit.CreditStatement;
import org.accordo.core.report.AvailabilityRow;
import org.accordo.core.report.PeriodReport;

/**
 * What closing one month under one contract gives (the period close of {@code core.report}): clocks
 * met and breached, availability per service, credits.
 *
 * @param met clocks that stopped in the month within their target
 * @param breached clocks that stopped in the month past their target
 * @param availability per availability SLA and service
 * @param credits the credits owed, empty when the contract has no credit terms
 */
public record MonthOutcome(
    int met, int breached, List<AvailabilityRow> availability, Optional<CreditStatement> credits) {

  public MonthOutcome {
    availability = List.copyOf(availability);
    Objects.requireNonNull(credits, "credits");
    if (met < 0 || breached < 0) {
      throw new IllegalArgumentException("counts are not negative: " + met + ", " + breached);
    }
  }

  /** The parts of a month's report a simulation compares. */
  static MonthOutcome of(PeriodReport report) {
    int met = report.compliance().stream().mapToInt(r -> r.met()).sum();
    int breached = report.compliance().stream().mapToInt(r -> r.breached()).sum();
    return new MonthOutcome(met, breached, report.availability(), report.credits());
  }
}
