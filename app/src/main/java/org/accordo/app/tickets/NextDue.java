package org.accordo.app.tickets;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.accordo.core.policy.Metric;

/**
 * A ticket's running clock due soonest, as of an instant the caller chose (the request's): what a
 * person needs to know of a ticket at risk.
 *
 * @param metric the clock's metric
 * @param cycle its cycle (1 for a metric that runs once)
 * @param dueAt when it breaches unless stopped
 * @param remaining the business time left until {@code dueAt} as of that instant, in the clock's
 *     calendar (so it does not shrink while the calendar is closed); negative when {@code dueAt}
 *     has passed and the breach is not recorded yet
 */
public record NextDue(Metric metric, int cycle, Instant dueAt, Duration remaining) {

  public NextDue {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(remaining, "remaining");
    if (cycle < 1) {
      throw new IllegalArgumentException("a cycle counts from 1, was " + cycle);
    }
  }
}
