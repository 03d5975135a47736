package org.accordo.core.clock;

import java.util.Objects;

/**
 * A ticket's events cannot be folded into clocks: no {@code created}, two of them, an event before
 * it or later than "now", a priority the contract does not define. The message names the ticket and
 * the event.
 */
public final class InvalidTicketHistory extends RuntimeException {

  private final String ticket;
  private final String eventId;

  /**
   * @param ticket the ticket's id
   * @param eventId the offending event's id, or null when the problem is the absence of an event
   * @param problem what is wrong
   */
  public InvalidTicketHistory(String ticket, String eventId, String problem) {
    super("ticket " + ticket + (eventId == null ? "" : ", event " + eventId) + ": " + problem);
    this.ticket = Objects.requireNonNull(ticket, "ticket");
    this.eventId = eventId;
  }

  /** The ticket whose history is invalid. */
  public String ticket() {
    return ticket;
  }

  /** The offending event's id, or null when no single event is at fault. */
  public String eventId() {
    return eventId;
  }
}
