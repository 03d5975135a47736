package org.accordo.app.tickets;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.accordo.core.clock.TicketEvent;
import org.accordo.core.policy.TicketStatus;

/**
 * A ticket's current priority, status and cancellation, folded from all its events (in arrival
 * order, as the clocks read them) taken in occurrence order: the latest-dated change wins, arrival
 * order breaking ties, and the earliest-dated cancellation is the ticket's.
 */
final class TicketFold {

  private TicketFold() {}

  static TicketRepository.Projection of(String ticketId, List<TicketEvent> history, Instant now) {
    List<TicketEvent> byOccurrence = new ArrayList<>(history);
    byOccurrence.sort(Comparator.comparing(TicketEvent::at)); // stable: arrival order kept on ties
    String priority = null;
    TicketStatus status = TicketStatus.NEW;
    Instant cancelledAt = null;
    for (TicketEvent e : byOccurrence) {
      switch (e.type()) {
        case CREATED, PRIORITY_CHANGED -> priority = e.priority();
        case STATUS_CHANGED -> status = e.status();
        case CANCELLED -> cancelledAt = cancelledAt == null ? e.at() : cancelledAt;
        default -> {}
      }
    }
    return new TicketRepository.Projection(
        ticketId, priority, status, cancelledAt, now, ClockSummary.NONE);
  }
}
