package org.accordo.core.simulation;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * The elapsed business times of one metric's clocks at one priority over the period, in
 * milliseconds, from which the smallest target meeting a compliance goal is read (see {@link
 * SmallestTarget}). Two kinds of clock: a <em>settled</em> clock is counted whatever the target,
 * met when its elapsed time is at most the target; an update cycle <em>cut at resolution</em> is
 * counted only when it breaches (SLA semantics §3: a running update cycle is dropped at resolution
 * unless breached). At a target {@code t}: met = settled clocks with elapsed &lt;= t; breached =
 * the other settled clocks plus the cut cycles with elapsed &gt; t. Both only improve as {@code t}
 * grows, so the goal's test is monotone and a binary search over the sorted elapsed times finds the
 * smallest target without folding a ticket again.
 */
final class ElapsedSample {

  private final long[] settled;
  private final long[] cut;
  private final Values settledTickets;
  private final Values cutTickets;

  private ElapsedSample(Values settled, Values cut) {
    this.settled = settled.sorted();
    this.cut = cut.sorted();
    this.settledTickets = settled;
    this.cutTickets = cut;
  }

  /** Collects elapsed times with their tickets; not thread-safe. */
  static final class Builder {
    private final Values settled = new Values();
    private final Values cut = new Values();

    /** A clock counted whatever the target. */
    Builder settled(long elapsedMillis, String ticket) {
      settled.add(elapsedMillis, ticket);
      return this;
    }

    /** An update cycle cut at resolution: counted only when breached. */
    Builder cutAtResolution(long elapsedMillis, String ticket) {
      cut.add(elapsedMillis, ticket);
      return this;
    }

    ElapsedSample build() {
      return new ElapsedSample(settled, cut);
    }
  }

  /** A sample of settled clocks only: every metric but the periodic update. */
  static ElapsedSample settled(Values values) {
    return new ElapsedSample(values, new Values());
  }

  /**
   * The smallest whole-second target that meets {@code goal}, or empty when no clock is known.
   *
   * @param goal a fraction in {@code (0, 1]}
   */
  Optional<SmallestTarget> smallestFor(BigDecimal goal) {
    long[] candidates = candidates();
    if (candidates.length == 0) {
      return Optional.empty();
    }
    // at the largest elapsed time every settled clock is met and no cut cycle breaches: it meets
    int lo = 0;
    int hi = candidates.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (meets(candidates[mid], goal)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    long limit = candidates[lo];
    long exact = Math.max(1_000, roundUp(limit, 1_000));
    long minutes = Math.max(60_000, roundUp(limit, 60_000));
    int met = atMost(settled, exact);
    int breached = settled.length - met + cut.length - atMost(cut, exact);
    return Optional.of(
        new SmallestTarget(
            Duration.ofMillis(exact),
            Duration.ofMillis(minutes),
            met,
            met + breached,
            ticketAt(limit)));
  }

  private boolean meets(long target, BigDecimal goal) {
    int met = atMost(settled, target);
    int breached = settled.length - met + cut.length - atMost(cut, target);
    return BigDecimal.valueOf(met).compareTo(goal.multiply(BigDecimal.valueOf(met + breached)))
        >= 0;
  }

  /** Every distinct elapsed time, ascending: the only places the goal's test can change. */
  private long[] candidates() {
    long[] all = Arrays.copyOf(settled, settled.length + cut.length);
    System.arraycopy(cut, 0, all, settled.length, cut.length);
    return Arrays.stream(all).sorted().distinct().toArray();
  }

  /** The ticket of a clock with elapsed time {@code millis}, settled ones first, ties by id. */
  private String ticketAt(long millis) {
    String settledTicket = settledTickets.ticketAt(millis);
    return settledTicket != null ? settledTicket : cutTickets.ticketAt(millis);
  }

  /** How many of the ascending {@code values} are at most {@code limit}. */
  private static int atMost(long[] values, long limit) {
    int lo = 0;
    int hi = values.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (values[mid] <= limit) {
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
