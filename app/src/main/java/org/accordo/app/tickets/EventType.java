package org.accordo.app.tickets;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of ticket event (SLA semantics §2), with their ids as written in the API. */
public enum EventType {
  CREATED("created"),
  PRIORITY_CHANGED("priority_changed"),
  STATUS_CHANGED("status_changed"),
  AGENT_REPLIED("agent_replied"),
  CUSTOMER_REPLIED("customer_replied"),
  PLAN_PROVIDED("plan_provided"),
  EXCLUDED("excluded"),
  CANCELLED("cancelled");

  private final String id;

  EventType(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** The type with this id, or empty. */
  public static Optional<EventType> fromId(String id) {
    return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
  }

  /** Every id, in declaration order, for messages. */
  static String ids() {
    return String.join(", ", Arrays.stream(values()).map(EventType::id).toList());
  }
}
