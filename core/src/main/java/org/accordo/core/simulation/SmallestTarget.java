package org.accordo.core.simulation;

import java.time.Duration;
import java.util.Objects;

/**
 * The answer to the inverse question for one metric and priority: the smallest target, on the
 * metric's calendar, that would have met the compliance goal over the period.
 *
 * <p>A clock is met when its elapsed time is at most the target, so compliance can only grow with
 * the target, and it changes only at elapsed times some clock had: the smallest target is one of
 * them, read off the sorted elapsed times. The contract's duration grammar has no unit below the
 * second, so that elapsed time is rounded <em>up</em> to the whole second (rounding down would
 * breach the very clock that sets it); {@code wholeMinutes} rounds it up to the minute, the unit
 * contracts are usually written in, and meets the goal too.
 *
 * @param exact the smallest target in whole seconds, at least one second
 * @param wholeMinutes {@code exact} rounded up to the whole minute
 * @param met how many clocks that target meets
 * @param clocks how many clocks that target counts (met plus breached)
 * @param ticket the ticket whose clock's elapsed time sets the target
 */
public record SmallestTarget(
    Duration exact, Duration wholeMinutes, int met, int clocks, String ticket) {

  public SmallestTarget {
    Objects.requireNonNull(exact, "exact");
    Objects.requireNonNull(wholeMinutes, "wholeMinutes");
    Objects.requireNonNull(ticket, "ticket");
    if (exact.compareTo(Duration.ofSeconds(1)) < 0 || exact.toMillisPart() != 0) {
      throw new IllegalArgumentException("a target is whole seconds, at least 1 s, was " + exact);
    }
    if (wholeMinutes.compareTo(exact) < 0 || wholeMinutes.toSecondsPart() != 0) {
      throw new IllegalArgumentException(
          "the whole-minute target is whole minutes, at least the exact one, was " + wholeMinutes);
    }
    if (met < 0 || clocks < met) {
      throw new IllegalArgumentException("met is between 0 and the clocks: " + met + "/" + clocks);
    }
  }

  /** {@link #exact} in the contract's grammar, e.g. {@code 5h23m17s}. */
  public String written() {
    return TargetGrammar.write(exact);
  }

  /** {@link #wholeMinutes} in the contract's grammar, e.g. {@code 5h24m}. */
  public String writtenInMinutes() {
    return TargetGrammar.write(wholeMinutes);
  }
}
