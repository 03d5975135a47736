package org.accordo.app.clocks;

import java.time.Instant;
import java.util.Objects;
import org.accordo.core.clock.ClockState;
import org.accordo.core.policy.Metric;

/**
 * A clock row as stored: one cycle of one metric of a ticket, as of {@code computedAt}. Seconds as
 * {@code ClockResult} gives them (elapsed rounded up, paused down, remaining = target - elapsed).
 *
 * @param stoppedAt null while it runs or pauses
 * @param dueAt null while paused and for cancelled and superseded clocks
 * @param breachedAt null unless breached
 * @param nextCheckAt when the scheduler computes it again, or null when only an event can change it
 * @param escalationsJson the threshold crossings, a JSON array of {@code {at_fraction, level,
 *     crossed_at, expected_at}}
 * @param timelineJson the timeline, a JSON array of {@code {from, to, counting, why}}
 */
public record StoredClock(
    String ticketId,
    Metric metric,
    int cycle,
    String customerId,
    String priority,
    String calendar,
    ClockState state,
    Instant startedAt,
    Instant stoppedAt,
    Instant dueAt,
    Instant breachedAt,
    long targetSeconds,
    long elapsedSeconds,
    long pausedSeconds,
    long remainingSeconds,
    Instant nextCheckAt,
    Instant computedAt,
    String escalationsJson,
    String timelineJson) {

  public StoredClock {
    Objects.requireNonNull(ticketId, "ticketId");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(computedAt, "computedAt");
    Objects.requireNonNull(escalationsJson, "escalationsJson");
    Objects.requireNonNull(timelineJson, "timelineJson");
  }
}
