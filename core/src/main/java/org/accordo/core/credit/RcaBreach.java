package org.accordo.core.credit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A root cause analysis obligation that breached its due instant in the period being closed: what
 * an {@link RcaCredit} is matched against.
 *
 * @param rca the RCA's id
 * @param tickets the ids of the tickets it covers, at least one
 * @param priority the priority of its first ticket
 * @param breachedAt its due instant, passed without delivery
 */
public record RcaBreach(String rca, List<String> tickets, String priority, Instant breachedAt) {

  public RcaBreach {
    Objects.requireNonNull(rca, "rca");
    tickets = List.copyOf(tickets);
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(breachedAt, "breachedAt");
    if (tickets.isEmpty()) {
      throw new IllegalArgumentException("an RCA covers at least one ticket: " + rca);
    }
  }
}
