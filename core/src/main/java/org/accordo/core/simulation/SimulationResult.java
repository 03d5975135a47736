package org.accordo.core.simulation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.accordo.core.contract.lint.LintReport;

/**
 * The comparison of the current and the proposed contract over the same history. Lists are in a
 * fixed order, so the same input always gives the same result.
 *
 * @param period the months compared
 * @param asOf the instant the clocks and availability were computed at: the end of the period, or
 *     the latest event when that is later
 * @param goal the compliance the smallest targets are computed for, a fraction
 * @param lint the proposed contract's findings: warnings and suggestions, no error
 * @param tickets how many tickets were replayed
 * @param metrics per SLA id, metric and priority (in that order; priorities by id), both contracts
 * @param months per month, in order
 * @param totals the period's totals under both contracts
 * @param changes the clocks whose breach appears or disappears, by ticket, metric and cycle
 */
public record SimulationResult(
    SimulationPeriod period,
    Instant asOf,
    BigDecimal goal,
    LintReport lint,
    int tickets,
    List<MetricComparison> metrics,
    List<MonthComparison> months,
    Totals totals,
    List<ClockChange> changes)
    implements SimulationOutcome {

  public SimulationResult {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(lint, "lint");
    metrics = List.copyOf(metrics);
    months = List.copyOf(months);
    Objects.requireNonNull(totals, "totals");
    changes = List.copyOf(changes);
    if (lint.hasErrors()) {
      throw new IllegalArgumentException("a contract with lint errors is not simulated");
    }
    if (tickets < 0) {
      throw new IllegalArgumentException("a ticket count is not negative, was " + tickets);
    }
  }
}
