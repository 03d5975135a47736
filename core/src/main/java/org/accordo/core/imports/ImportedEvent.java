package org.accordo.core.imports;

import java.time.Instant;
import java.util.Objects;
import org.accordo.core.clock.EventType;
import org.accordo.core.clock.ReplyVisibility;
import org.accordo.core.clock.TicketEvent;
import org.accordo.core.policy.TicketStatus;

/**
 * An event an export implies, of a ticket named by its id in the PSA, before it gets Accordo's ids.
 * Its {@link #key} says what happened when, so that the same fact read twice (the same export
 * imported again, a first response in the ticket list and as a reply in the history) is one event.
 *
 * @param ticket the ticket's id in the PSA
 * @param type what happened; never {@code excluded} (no PSA exports Accordo's exclusions)
 * @param at when
 * @param priority for {@code created} and {@code priority_changed}, else null
 * @param status for {@code status_changed}, else null
 * @param visibility for {@code agent_replied}, else null
 * @param line the line of the row it comes from
 */
public record ImportedEvent(
    String ticket,
    EventType type,
    Instant at,
    String priority,
    TicketStatus status,
    ReplyVisibility visibility,
    long line) {

  public ImportedEvent {
    Objects.requireNonNull(ticket, "ticket");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(at, "at");
    if (type == EventType.EXCLUDED) {
      throw new IllegalArgumentException("an import builds no excluded event");
    }
  }

  /** The fact this event records: {@code type|at|value}, the same for the same fact. */
  public String key() {
    String value =
        priority != null
            ? priority
            : status != null ? status.id() : visibility != null ? visibility.name() : "";
    return type.id() + "|" + at + "|" + value;
  }

  /**
   * The event as the clock engine folds it.
   *
   * @param ticketId Accordo's id of the ticket
   * @param id Accordo's id of the event
   */
  public TicketEvent toCore(String ticketId, String id) {
    return switch (type) {
      case CREATED -> TicketEvent.created(ticketId, id, at, priority);
      case PRIORITY_CHANGED -> TicketEvent.priorityChanged(ticketId, id, at, priority);
      case STATUS_CHANGED -> TicketEvent.statusChanged(ticketId, id, at, status);
      case AGENT_REPLIED -> TicketEvent.agentReplied(ticketId, id, at, visibility);
      default -> TicketEvent.of(ticketId, id, type, at);
    };
  }
}
