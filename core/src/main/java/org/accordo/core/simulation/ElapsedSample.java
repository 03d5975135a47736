package org.accordo.core.simulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Optional;

/**
 * The elapsed business times of one row's clocks (one metric at one priority) counted in the
 * period, in milliseconds, sorted once: the row's percentiles and the smallest target meeting a
 * compliance goal (see {@link SmallestTarget}) are read from them.
 *
 * <p>Which clocks count does not depend on the target: a clock counts when it stopped in the period
 * (SLA semantics §5), and every stopped cycle is met or breached, an update cycle stopped by the
 * resolution included (§6, "an update cycle running at the resolution is reported, not dropped").
 * So at a target {@code t} the met clocks are those with elapsed time at most {@code t}, and the
 * smallest target meeting goal {@code g} over {@code n} clocks is the {@code ceil(g x n)}-th
 * smallest elapsed time, read off the sorted values without folding a ticket again.
 */
final class ElapsedSample {

  private final long[] sorted;
  private final Values values;

  /**
   * @param values the counted clocks' elapsed times with their tickets; read, not kept changing
   */
  ElapsedSample(Values values) {
    this.sorted = values.sorted();
    this.values = values;
  }

  /**
   * The nearest-rank percentile: the {@code ceil(p/100 x n)}-th smallest elapsed time, an elapsed
   * time some clock really had; empty when no clock is known.
   *
   * @param percent in {@code [1, 100]}
   */
  Optional<Duration> percentile(int percent) {
    if (sorted.length == 0) {
      return Optional.empty();
    }
    int rank = (int) ((percent * (long) sorted.length + 99) / 100);
    return Optional.of(Duration.ofMillis(sorted[rank - 1]));
  }

  /**
   * The smallest whole-second target that meets {@code goal}, or empty when no clock is known.
   *
   * @param goal a fraction in {@code (0, 1]}
   */
  Optional<SmallestTarget> smallestFor(BigDecimal goal) {
    if (sorted.length == 0) {
      return Optional.empty();
    }
    int rank =
        goal.multiply(BigDecimal.valueOf(sorted.length))
            .setScale(0, RoundingMode.CEILING)
            .intValueExact();
    long limit = sorted[rank - 1];
    long exact = Math.max(1_000, roundUp(limit, 1_000));
    long minutes = Math.max(60_000, roundUp(limit, 60_000));
    return Optional.of(
        new SmallestTarget(
            Duration.ofMillis(exact),
            Duration.ofMillis(minutes),
            atMost(exact),
            sorted.length,
            values.ticketAt(limit)));
  }

  /** How many clocks have an elapsed time of at most {@code limit}. */
  private int atMost(long limit) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= limit) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static long roundUp(long millis, long unit) {
    return -Math.floorDiv(-millis, unit) * unit;
  }
}
