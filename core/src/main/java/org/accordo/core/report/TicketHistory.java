package org.accordo.core.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.accordo.core.clock.TicketEvent;

/**
 * One ticket's events, with the service its {@code created} event names (SLA semantics §2) and the
 * number and subject a report names it by.
 *
 * @param ticket the ticket: its id (the one its events carry), number and subject
 * @param service the service named by {@code created}, or empty
 * @param events the ticket's events in arrival order, at least one
 */
public record TicketHistory(
    TicketReference ticket, Optional<String> service, List<TicketEvent> events) {

  public TicketHistory {
    Objects.requireNonNull(ticket, "ticket");
    Objects.requireNonNull(service, "service");
    events = List.copyOf(events);
    if (events.isEmpty()) {
      throw new IllegalArgumentException("ticket " + ticket.id() + " has no events");
    }
  }

  /** A ticket known only by its id (its number is the id, no subject). */
  public TicketHistory(String ticket, Optional<String> service, List<TicketEvent> events) {
    this(TicketReference.of(ticket), service, events);
  }

  /** The ticket's id, the one its events carry. */
  public String id() {
    return ticket.id();
  }
}
