package org.accordo.app.tickets;

import org.accordo.app.inbound.InboundSources;
import org.accordo.app.security.Caller;
import org.accordo.app.web.Require;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores what a verified delivery from another PSA brings: a new ticket for a {@code created}
 * event, else an event of the ticket with that external id. The delivery is remembered (against
 * replays) in the same transaction.
 */
@Service
class InboundEventService {

  private final InboundSources sources;
  private final TicketService tickets;
  private final EventService events;

  InboundEventService(InboundSources sources, TicketService tickets, EventService events) {
    this.sources = sources;
    this.tickets = tickets;
    this.events = events;
  }

  /** The ticket a delivery concerns and, unless it opened the ticket, the event it added. */
  record Received(Ticket ticket, EventService.Appended appended) {}

  @Transactional
  Received receive(InboundSources.Verified delivery, InboundEvent inbound, String idempotencyKey) {
    sources.recordDelivery(delivery);
    Caller caller = delivery.source().caller();
    if (inbound.opensTicket()) {
      Ticket ticket =
          tickets.create(
              caller,
              new TicketService.Opening(
                  inbound.customerId(),
                  inbound.externalTicketId(),
                  inbound.subject(),
                  inbound.priority(),
                  inbound.service(),
                  Require.optionalInstant(inbound.at(), "at")));
      return new Received(ticket, null);
    }
    Ticket ticket = tickets.byExternalId(caller, inbound.customerId(), inbound.externalTicketId());
    return new Received(
        ticket, events.append(caller, ticket.id(), idempotencyKey, inbound.event()));
  }
}
