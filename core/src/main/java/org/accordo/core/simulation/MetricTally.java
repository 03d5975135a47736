package org.accordo.core.simulation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.accordo.core.clock.ClockState;
import org.accordo.core.policy.MetricTarget;
import org.accordo.core.report.ClockFact;

/** Counts one contract's clocks counted in the period, per SLA, metric and priority. */
final class MetricTally {

  /** One row's counts and elapsed times. */
  private static final class Row {
    int met;
    int breached;
    final Set<String> tickets = new HashSet<>();
    final Values elapsed = new Values();
  }

  private final Map<RowKey, Row> rows = new HashMap<>();

  /** Counts a clock that stopped in the period, met or breached. */
  void add(ClockFact clock) {
    Row row =
        rows.computeIfAbsent(
            new RowKey(clock.sla(), clock.metric(), clock.priority()), k -> new Row());
    if (clock.state() == ClockState.MET) {
      row.met++;
    } else {
      row.breached++;
    }
    row.tickets.add(clock.ticket());
    row.elapsed.add(clock.elapsed().toMillis(), clock.ticket());
  }

  /**
   * The row's outcome.
   *
   * @param target the contract's target for the row
   * @param goal the compliance goal of the inverse question
   */
  MetricOutcome outcome(RowKey key, MetricTarget target, BigDecimal goal) {
    Row row = rows.getOrDefault(key, new Row());
    ElapsedSample sample = new ElapsedSample(row.elapsed);
    return new MetricOutcome(
        target,
        row.tickets.size(),
        row.met,
        row.breached,
        sample.percentile(50),
        sample.percentile(90),
        sample.smallestFor(goal));
  }
}
