package org.accordo.core.simulation;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.accordo.core.availability.Outage;
import org.accordo.core.contract.ContractSla;
import org.accordo.core.credit.CreditStatement;
import org.accordo.core.credit.Money;
import org.accordo.core.policy.MetricTarget;
import org.accordo.core.report.ClockFact;
import org.accordo.core.report.ContractClose;

/**
 * One contract's side of the comparison: its rows per SLA, metric and priority, its months closed
 * by the period close of {@code core.report}, and its totals.
 */
final class ContractSummary {

  private final ContractRun run;
  private final MetricTally tally = new MetricTally();
  final List<MonthOutcome> months = new ArrayList<>();
  final ContractTotals totals;

  /**
   * @param clocks the facts of every clock the contract counts in the period
   */
  ContractSummary(ContractRun run, List<ClockFact> clocks, List<Outage> outages) {
    this.run = run;
    clocks.forEach(tally::add);
    List<YearMonth> periodMonths = run.period.months();
    List<List<ClockFact>> byMonth = byMonth(clocks, periodMonths);
    for (int i = 0; i < periodMonths.size(); i++) {
      months.add(
          MonthOutcome.of(
              ContractClose.closeClocks(
                  run.contract,
                  run.period.month(periodMonths.get(i)),
                  byMonth.get(i),
                  outages,
                  run.asOf)));
    }
    this.totals = totals(months);
  }

  /**
   * The clocks of each month, by when they stopped. The period close places them again; handing
   * each month its own clocks only spares it looking at every clock of the period.
   */
  private List<List<ClockFact>> byMonth(List<ClockFact> clocks, List<YearMonth> months) {
    long[] starts = new long[months.size()];
    List<List<ClockFact>> byMonth = new ArrayList<>();
    for (int i = 0; i < starts.length; i++) {
      starts[i] = run.period.month(months.get(i)).startInclusive().toEpochMilli();
      byMonth.add(new ArrayList<>());
    }
    for (ClockFact clock : clocks) {
      int i = Arrays.binarySearch(starts, clock.stoppedAt().orElseThrow().toEpochMilli());
      byMonth.get(i >= 0 ? i : -i - 2).add(clock);
    }
    return byMonth;
  }

  /** The row of {@code key}, empty when the contract sets no such target. */
  Optional<MetricOutcome> outcome(RowKey key, BigDecimal goal) {
    return target(key).map(t -> tally.outcome(key, t, goal));
  }

  /** Every row the contract has a target for. */
  List<RowKey> keys() {
    List<RowKey> keys = new ArrayList<>();
    for (ContractSla sla : run.contract.slas()) {
      sla.policy()
          .targets()
          .forEach(
              (metric, byPriority) ->
                  byPriority.keySet().forEach(p -> keys.add(new RowKey(sla.id(), metric, p))));
    }
    return keys;
  }

  private Optional<MetricTarget> target(RowKey key) {
    return run.contract.slas().stream()
        .filter(s -> s.id().equals(key.sla()))
        .findFirst()
        .flatMap(s -> s.policy().target(key.metric(), key.priority()));
  }

  private static ContractTotals totals(List<MonthOutcome> months) {
    int met = months.stream().mapToInt(MonthOutcome::met).sum();
    int breached = months.stream().mapToInt(MonthOutcome::breached).sum();
    Optional<Money> credits =
        months.stream()
            .map(MonthOutcome::credits)
            .flatMap(Optional::stream)
            .map(CreditStatement::total)
            .reduce(Money::plus);
    return new ContractTotals(met, breached, credits);
  }
}
