package org.accordo.core.clock;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.accordo.core.escalation.EscalationCrossing;
import org.accordo.core.policy.Metric;

/**
 * One cycle of one metric of one ticket, as of "now" (SLA semantics §3). Durations are business
 * time on the clock's calendar, in milliseconds; the {@code ...Seconds()} views give whole seconds
 * as interfaces print them (elapsed rounded up, so a clock is breached exactly when {@code
 * elapsedSeconds() > targetSeconds()} for targets of whole seconds).
 *
 * @param ticket the ticket's id
 * @param metric what is measured
 * @param cycle 1-based number of this cycle of the metric on the ticket
 * @param priority the priority whose target applies
 * @param calendar the name of the calendar it is measured on
 * @param state where it stands
 * @param startedAt when the cycle started
 * @param stoppedAt when it stopped (met, breached and stopped, cancelled, superseded), or null
 * @param dueAt when elapsed reaches (reached, would have reached) the target; null while paused and
 *     not breached, and for cancelled and superseded clocks
 * @param breachedAt when elapsed reached the target, for a clock that exceeded it; else null
 * @param targetMillis the target, positive
 * @param elapsedMillis counting business time so far, not negative
 * @param pausedMillis business time during which the started, unstopped clock was paused
 * @param escalations one crossing per threshold of the policy, in ascending order
 * @param timeline the segments that explain the numbers, in time order
 */
public record ClockResult(
    String ticket,
    Metric metric,
    int cycle,
    String priority,
    String calendar,
    ClockState state,
    Instant startedAt,
    Instant stoppedAt,
    Instant dueAt,
    Instant breachedAt,
    long targetMillis,
    long elapsedMillis,
    long pausedMillis,
    List<EscalationCrossing> escalations,
    List<TimelineSegment> timeline) {

  public ClockResult {
    Objects.requireNonNull(ticket, "ticket");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(startedAt, "startedAt");
    escalations = List.copyOf(escalations);
    timeline = List.copyOf(timeline);
    if (cycle < 1) {
      throw new IllegalArgumentException("cycles count from 1, was " + cycle);
    }
    if (targetMillis <= 0 || elapsedMillis < 0 || pausedMillis < 0) {
      throw new IllegalArgumentException(
          "target must be positive and elapsed, paused not negative: "
              + targetMillis
              + ", "
              + elapsedMillis
              + ", "
              + pausedMillis);
    }
  }

  /** Target minus elapsed, negative once breached, in milliseconds. */
  public long remainingMillis() {
    return targetMillis - elapsedMillis;
  }

  /** The target in whole seconds (rounded up). */
  public long targetSeconds() {
    return ceilSeconds(targetMillis);
  }

  /** Elapsed counting time in whole seconds, rounded up. */
  public long elapsedSeconds() {
    return ceilSeconds(elapsedMillis);
  }

  /** Paused time in whole seconds, rounded down. */
  public long pausedSeconds() {
    return pausedMillis / 1000;
  }

  /** {@code targetSeconds() - elapsedSeconds()}: negative once breached. */
  public long remainingSeconds() {
    return targetSeconds() - elapsedSeconds();
  }

  private static long ceilSeconds(long millis) {
    return -Math.floorDiv(-millis, 1000);
  }
}
