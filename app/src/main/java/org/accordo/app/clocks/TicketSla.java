package org.accordo.app.clocks;

import java.util.Objects;

/**
 * The SLA that measures a ticket.
 *
 * @param ticketId the ticket
 * @param customerId its customer
 * @param contractVersion the customer's contract version in force on the day the ticket was opened
 * @param slaId the id of the SLA of that contract whose metrics cover the ticket's service
 */
public record TicketSla(String ticketId, String customerId, int contractVersion, String slaId) {

  public TicketSla {
    Objects.requireNonNull(ticketId, "ticketId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(slaId, "slaId");
  }
}
