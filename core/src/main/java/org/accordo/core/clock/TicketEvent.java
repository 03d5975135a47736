package org.accordo.core.clock;

import java.time.Instant;
import java.util.Objects;
import org.accordo.core.policy.TicketStatus;

/**
 * One event of a ticket's history (SLA semantics §2). The payload fields that a type does not carry
 * are null; the factories below build each type with exactly its payload.
 *
 * @param ticket the ticket's id, never blank
 * @param id the event's id, never blank; named in every error and timeline
 * @param type what happened
 * @param at when it happened
 * @param priority the priority id for {@code created} and {@code priority_changed}, else null
 * @param status the new status for {@code status_changed}, else null
 * @param visibility for {@code agent_replied}, else null
 * @param exclusion the excluded interval for {@code excluded}, else null
 */
public record TicketEvent(
    String ticket,
    String id,
    EventType type,
    Instant at,
    String priority,
    TicketStatus status,
    ReplyVisibility visibility,
    Exclusion exclusion) {

  public TicketEvent {
    Objects.requireNonNull(ticket, "ticket");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(at, "at");
    if (ticket.isBlank() || id.isBlank()) {
      throw new IllegalArgumentException("an event needs a ticket and an id");
    }
    requirePayload(
        type == EventType.CREATED || type == EventType.PRIORITY_CHANGED,
        priority,
        "priority",
        ticket,
        id,
        type);
    requirePayload(type == EventType.STATUS_CHANGED, status, "status", ticket, id, type);
    requirePayload(type == EventType.AGENT_REPLIED, visibility, "public", ticket, id, type);
    requirePayload(type == EventType.EXCLUDED, exclusion, "from/to/reason", ticket, id, type);
  }

  private static void requirePayload(
      boolean carries, Object value, String field, String ticket, String id, EventType type) {
    if (carries && value == null) {
      throw new IllegalArgumentException(
          "ticket " + ticket + ", event " + id + ": " + type + " needs " + field);
    }
    if (!carries && value != null) {
      throw new IllegalArgumentException(
          "ticket " + ticket + ", event " + id + ": " + type + " carries no " + field);
    }
  }

  /** A {@code created} event at {@code priority}. */
  public static TicketEvent created(String ticket, String id, Instant at, String priority) {
    return new TicketEvent(ticket, id, EventType.CREATED, at, priority, null, null, null);
  }

  /** A {@code priority_changed} event to {@code priority}. */
  public static TicketEvent priorityChanged(String ticket, String id, Instant at, String priority) {
    return new TicketEvent(ticket, id, EventType.PRIORITY_CHANGED, at, priority, null, null, null);
  }

  /** A {@code status_changed} event to {@code status}. */
  public static TicketEvent statusChanged(
      String ticket, String id, Instant at, TicketStatus status) {
    return new TicketEvent(ticket, id, EventType.STATUS_CHANGED, at, null, status, null, null);
  }

  /** An {@code agent_replied} event. */
  public static TicketEvent agentReplied(
      String ticket, String id, Instant at, ReplyVisibility visibility) {
    return new TicketEvent(ticket, id, EventType.AGENT_REPLIED, at, null, null, visibility, null);
  }

  /** An {@code excluded} event recorded at {@code at}. */
  public static TicketEvent excluded(String ticket, String id, Instant at, Exclusion exclusion) {
    return new TicketEvent(ticket, id, EventType.EXCLUDED, at, null, null, null, exclusion);
  }

  /**
   * An event of a type without payload: {@code customer_replied}, {@code plan_provided}, {@code
   * cancelled}.
   */
  public static TicketEvent of(String ticket, String id, EventType type, Instant at) {
    return new TicketEvent(ticket, id, type, at, null, null, null, null);
  }

  /** True for a public {@code agent_replied}. */
  public boolean isPublicReply() {
    return visibility == ReplyVisibility.PUBLIC;
  }
}
