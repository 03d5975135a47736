package org.accordo.core.clock;

import java.util.Optional;

/** The kinds of ticket event (SLA semantics §2), with their ids as written in event files. */
public enum EventType {
  CREATED("created"),
  PRIORITY_CHANGED("priority_changed"),
  STATUS_CHANGED("status_changed"),
  AGENT_REPLIED("agent_replied"),
  CUSTOMER_REPLIED("customer_replied"),
  PLAN_PROVIDED("plan_provided"),
  EXCLUDED("excluded"),
  CANCELLED("cancelled");

  private static final EventType[] ALL = values();
  private final String id;

  EventType(String id) {
    this.id = id;
  }

  /** The id used in event files, e.g. {@code status_changed}. */
  public String id() {
    return id;
  }

  /** The type with this id, or empty. A linear scan over eight constants: no map, no regex. */
  public static Optional<EventType> fromId(String id) {
    for (EventType type : ALL) {
      if (type.id.equals(id)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /** Every id, in declaration order, comma-separated: for messages that list what is accepted. */
  public static String ids() {
    StringBuilder ids = new StringBuilder();
    for (EventType type : ALL) {
      ids.append(ids.length() == 0 ? "" : ", ").append(type.id);
    }
    return ids.toString();
  }

  @Override
  public String toString() {
    return id;
  }
}
