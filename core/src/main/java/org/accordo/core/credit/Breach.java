package org.accordo.core.credit;

import java.time.Instant;
import java.util.Objects;
import org.accordo.core.policy.Metric;

/**
 * A clock that breached its target and stopped in the period being closed: what a per-breach credit
 * rule is matched against.
 *
 * @param ticket the ticket's id
 * @param sla the id of the SLA that measured it
 * @param metric the clock's metric
 * @param priority the priority whose target it breached
 * @param breachedAt the instant its elapsed time reached the target
 */
public record Breach(
    String ticket, String sla, Metric metric, String priority, Instant breachedAt) {

  public Breach {
    Objects.requireNonNull(ticket, "ticket");
    Objects.requireNonNull(sla, "sla");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(breachedAt, "breachedAt");
  }
}
