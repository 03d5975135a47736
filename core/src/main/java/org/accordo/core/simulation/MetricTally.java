package org.accordo.core.simulation;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
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
   * @param sample the row's elapsed times for the inverse question when they are not the counted
   *     clocks' (periodic updates), else empty
   */
  MetricOutcome outcome(
      RowKey key, MetricTarget target, BigDecimal goal, Optional<ElapsedSample> sample) {
    Row row = rows.getOrDefault(key, new Row());
    long[] sorted = row.elapsed.sorted();
    ElapsedSample inverse = sample.orElseGet(() -> ElapsedSample.settled(row.elapsed));
    return new MetricOutcome(
        target,
        row.tickets.size(),
        row.met,
        row.breached,
        percentile(sorted, 50),
        percentile(sorted, 90),
        inverse.smallestFor(goal));
  }

  /** The nearest-rank percentile: the {@code ceil(p/100 x n)}-th smallest value. */
  private static Optional<Duration> percentile(long[] sorted, int percent) {
    if (sorted.length == 0) {
      return Optional.empty();
    }
    int rank = (int) ((percent * (long) sorted.length + 99) / 100);
    return Optional.of(Duration.ofMillis(sorted[rank - 1]));
  }
}
