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
 * customer (one query), one page of its counting clocks (one query on the customer's own index),
 * their tickets' names (one query by ids) and its tickets closed this month (one query); the live
 * part alone reads no closed ticket.
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

  /**
   * The home of {@code customerId} as {@code caller} sees it, for a reader in {@code zone}, with
   * page {@code page} of its counting clocks.
   */
  PortalView home(Caller caller, String customerId, int page, ZoneId zone, Labels labels) {
    Instant now = clock.instant();
    Customer customer = customers.get(caller, customerId);
    PortalOpen open = open(caller, customer, page, now, zone, labels);
    List<Ticket> closed =
        tickets.closedBetween(
            caller,
            customerId,
            PortalView.monthStart(now, zone),
            PortalView.monthEnd(now, zone),
            PortalView.CLOSED_SHOWN);
    return PortalView.of(customer.id(), customer.name(), open, closed, now, zone, labels);
  }

  /** Page {@code page} of the counting clocks of {@code customerId} alone: what the page polls. */
  PortalOpen live(Caller caller, String customerId, int page, ZoneId zone, Labels labels) {
    Instant now = clock.instant();
    return open(caller, customers.get(caller, customerId), page, now, zone, labels);
  }

  private PortalOpen open(
      Caller caller, Customer customer, int page, Instant now, ZoneId zone, Labels labels) {
    List<OpenClock> read =
        clocks.list(
            caller, new OpenClocks.Filter(customer.id(), null, null, null), PortalOpen.slice(page));
    return PortalOpen.of(
        page,
        customer.name(),
        read,
        names.ofAll(read.stream().map(OpenClock::ticketId).distinct().toList()),
        now,
        zone,
        labels);
  }
}
