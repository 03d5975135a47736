package org.accordo.core.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.accordo.core.clock.TicketEvent;

/**
 * One ticket's events, with the service its {@code created} event names (SLA semantics §2).
 *
 * @param ticket the ticket's id
 * @param service the service named by {@code created}, or empty
 * @param events the ticket's events in arrival order, at least one
 */
public record TicketHistory(String ticket, Optional<String> service, List<TicketEvent> events) {

  public TicketHistory {
    Objects.requireNonNull(ticket, "ticket");
    Objects.requireNonNull(service, "service");
    events = List.copyOf(events);
    if (events.isEmpty()) {
      throw new IllegalArgumentException("ticket " + ticket + " has no events");
    }
  }
}
