package org.accordo.core.policy;

import java.util.Arrays;
import java.util.Optional;

/** The statuses a ticket can be in (SLA semantics §2), with their ids as written in events. */
public enum TicketStatus {
  NEW("new"),
  OPEN("open"),
  IN_PROGRESS("in_progress"),
  WAITING_CUSTOMER("waiting_customer"),
  WAITING_THIRD_PARTY("waiting_third_party"),
  ON_HOLD("on_hold"),
  RESOLVED("resolved"),
  CLOSED("closed");

  private final String id;

  TicketStatus(String id) {
    this.id = id;
  }

  /** The id used in events and contracts, e.g. {@code waiting_customer}. */
  public String id() {
    return id;
  }

  /** True for {@code resolved} and {@code closed}: the provider's work is done. */
  public boolean isResolved() {
    return this == RESOLVED || this == CLOSED;
  }

  /** The status with this id, or empty. */
  public static Optional<TicketStatus> fromId(String id) {
    return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
  }

  @Override
  public String toString() {
    return id;
  }
}
