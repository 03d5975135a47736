package org.accordo.app.clocks;

import java.time.Instant;
import java.util.Objects;
import org.accordo.core.clock.ClockState;
import org.accordo.core.policy.Metric;

/**
 * A clock that has started and not stopped, as the SLA board lists it. What it shows as time left
 * is computed by its reader from {@code dueAt} and the moment it is shown, never read from the row.
 *
 * @param ticketId the ticket it measures
 * @param metric what it measures
 * @param cycle its cycle (a restarted or reopened metric counts again)
 * @param customerId the ticket's customer
 * @param priority the ticket's priority the clock runs under
 * @param state {@code running} or {@code breached} as last computed
 * @param dueAt when its target is (or was) reached
 * @param firstThresholdAt when it crosses (or crossed) its first escalation threshold, or null when
 *     its SLA has none
 */
public record OpenClock(
    String ticketId,
    Metric metric,
    int cycle,
    String customerId,
    String priority,
    ClockState state,
    Instant dueAt,
    Instant firstThresholdAt) {

  public OpenClock {
    Objects.requireNonNull(ticketId, "ticketId");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(dueAt, "dueAt");
  }
}
