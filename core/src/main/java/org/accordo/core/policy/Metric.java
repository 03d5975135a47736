package org.accordo.core.policy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What an SLA measures on a ticket (SLA semantics §3). Each metric has an id as written in
 * contracts and in clock results, and the statuses that pause it when the policy names none.
 */
public enum Metric {
  FIRST_RESPONSE("first_response", EnumSet.noneOf(TicketStatus.class)),
  RESOLUTION_PLAN("resolution_plan", EnumSet.of(TicketStatus.WAITING_CUSTOMER)),
  NEXT_REPLY("next_reply", EnumSet.noneOf(TicketStatus.class)),
  PERIODIC_UPDATE(
      "periodic_update", EnumSet.of(TicketStatus.WAITING_CUSTOMER, TicketStatus.ON_HOLD)),
  RESOLUTION("resolution", EnumSet.of(TicketStatus.WAITING_CUSTOMER));

  private final String id;
  private final Set<TicketStatus> defaultPauses;

  Metric(String id, Set<TicketStatus> defaultPauses) {
    this.id = id;
    this.defaultPauses = defaultPauses;
  }

  /** The id used in contracts and results, e.g. {@code first_response}. */
  public String id() {
    return id;
  }

  /** The statuses that pause this metric when the policy's {@code pause_on} does not name it. */
  public Set<TicketStatus> defaultPauses() {
    return Set.copyOf(defaultPauses);
  }

  /** The metric with this id, or empty. */
  public static Optional<Metric> fromId(String id) {
    return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
  }

  @Override
  public String toString() {
    return id;
  }
}
