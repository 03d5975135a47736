package org.accordo.app.portal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.accordo.app.clocks.OpenClock;
import org.accordo.app.clocks.OpenClocks;
import org.accordo.app.customers.Customer;
import org.accordo.app.customers.CustomerService;
import org.accordo.app.render.Labels;
import org.accordo.app.security.Caller;
import org.accordo.app.tickets.Ticket;
import org.accordo.app.tickets.TicketNames;
import org.accordo.app.tickets.TicketService;
import org.springframework.stereotype.Component;

/**
 * Builds the portal's home at the server's "now" through the facades, with the person's caller: the
 * customer (one query), its counting clocks (one query, the board's), their tickets' names (one
 * query by ids) and its tickets closed this month (one query).
 */
@Component
class Portal {

  private final CustomerService customers;
  private final OpenClocks clocks;
  private final TicketNames names;
  private final TicketService tickets;
  private final Clock clock;

  Portal(
      CustomerService customers,
      OpenClocks clocks,
      TicketNames names,
      TicketService tickets,
      Clock clock) {
    this.customers = customers;
    this.clocks = clocks;
    this.names = names;
    this.tickets = tickets;
    this.clock = clock;
  }

  /** The home of {@code customerId} as {@code caller} sees it, for a reader in {@code zone}. */
  PortalView home(Caller caller, String customerId, ZoneId zone, Labels labels) {
    Instant now = clock.instant();
    Customer customer = customers.get(caller, customerId);
    List<OpenClock> open =
        clocks.list(
            caller,
            new OpenClocks.Filter(customerId, null, null, null),
            new OpenClocks.Slice(0, PortalView.OPEN_SHOWN + 1));
    List<Ticket> closed =
        tickets.closedBetween(
            caller,
            customerId,
            PortalView.monthStart(now, zone),
            PortalView.monthEnd(now, zone),
            PortalView.CLOSED_SHOWN);
    return PortalView.of(
        customer.id(),
        customer.name(),
        open,
        names.ofAll(open.stream().map(OpenClock::ticketId).distinct().toList()),
        closed,
        now,
        zone,
        labels);
  }
}
