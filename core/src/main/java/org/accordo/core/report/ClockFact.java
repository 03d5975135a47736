package org.accordo.core.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.accordo.core.clock.ClockState;
import org.accordo.core.policy.Metric;

/**
 * What closing a period needs to know of one clock, as the clock engine computed it.
 *
 * @param ticket the ticket's id
 * @param sla the id of the SLA that measured the ticket
 * @param metric the clock's metric
 * @param priority the priority whose target applies
 * @param calendar the name of the calendar its business time is counted on
 * @param state the clock's state as of the evaluation instant
 * @param startedAt when the cycle started
 * @param stoppedAt when it stopped (met, breached and stopped, cancelled), empty while it runs
 * @param breachedAt when its elapsed time reached the target, empty if it never did; required when
 *     breached
 * @param elapsed counting time so far
 * @param target the target it is measured against
 * @param exclusions the intervals taken out of the SLA that touch the clock, with their reasons
 * @param timeline the clock's timeline, possibly empty
 */
public record ClockFact(
    String ticket,
    String sla,
    Metric metric,
    String priority,
    String calendar,
    ClockState state,
    Instant startedAt,
    Optional<Instant> stoppedAt,
    Optional<Instant> breachedAt,
    Duration elapsed,
    Duration target,
    List<ClockExclusion> exclusions,
    List<TimelineEntry> timeline) {

  public ClockFact {
    Objects.requireNonNull(ticket, "ticket");
    Objects.requireNonNull(sla, "sla");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(stoppedAt, "stoppedAt");
    Objects.requireNonNull(breachedAt, "breachedAt");
    Objects.requireNonNull(elapsed, "elapsed");
    Objects.requireNonNull(target, "target");
    exclusions = List.copyOf(exclusions);
    timeline = List.copyOf(timeline);
    if (state == ClockState.BREACHED && breachedAt.isEmpty()) {
      throw new IllegalArgumentException(
          "a breached clock needs the instant it breached, ticket " + ticket);
    }
  }

  /** True when the clock stopped, met or breached: it is counted in the period it stopped in. */
  public boolean isDecided() {
    return stoppedAt.isPresent() && (state == ClockState.MET || state == ClockState.BREACHED);
  }
}
