package org.accordo.core.simulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.accordo.core.policy.MetricTarget;

/**
 * How one contract keeps one metric at one priority over the period: the clocks that stopped in it,
 * met or breached (SLA semantics §5), and their elapsed business time. Percentiles are by nearest
 * rank: the p-th is the smallest elapsed time that at least p of the clocks do not exceed, an
 * elapsed time some clock really had.
 *
 * @param target the contract's target and calendar
 * @param tickets how many distinct tickets the clocks belong to
 * @param met clocks that stopped within the target
 * @param breached clocks that stopped past it
 * @param median the 50th percentile of elapsed time, empty when no clock stopped
 * @param p90 the 90th percentile of elapsed time, empty when no clock stopped
 * @param smallest the smallest target that would have met the simulation's goal, empty when no
 *     clock stopped
 */
public record MetricOutcome(
    MetricTarget target,
    int tickets,
    int met,
    int breached,
    Optional<Duration> median,
    Optional<Duration> p90,
    Optional<SmallestTarget> smallest) {

  public MetricOutcome {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(median, "median");
    Objects.requireNonNull(p90, "p90");
    Objects.requireNonNull(smallest, "smallest");
    if (tickets < 0 || met < 0 || breached < 0 || tickets > met + breached) {
      throw new IllegalArgumentException(
          "counts are not negative and tickets at most the clocks, was "
              + tickets
              + " tickets, "
              + met
              + " met, "
              + breached
              + " breached");
    }
    if (median.isPresent() != (met + breached > 0) || p90.isPresent() != median.isPresent()) {
      throw new IllegalArgumentException("percentiles exist exactly when some clock stopped");
    }
  }

  /** The clocks that stopped in the period: met plus breached. */
  public int clocks() {
    return met + breached;
  }

  /** {@code met / clocks}, rounded half-even to 6 decimals; empty when no clock stopped. */
  public Optional<BigDecimal> compliance() {
    if (clocks() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(met).divide(BigDecimal.valueOf(clocks()), 6, RoundingMode.HALF_EVEN));
  }
}
