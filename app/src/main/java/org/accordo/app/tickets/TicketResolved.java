package org.accordo.app.tickets;

import java.time.Instant;
import java.util.Objects;

/**
 * A ticket was resolved (or closed) by an event appended through the API: published in the
 * appending transaction, after the ticket's projection and clocks are stored, so that a listener's
 * writes commit or roll back with the event. Imported history publishes none.
 *
 * @param priority the ticket's priority in force after the event
 * @param resolvedAt the event's instant
 */
public record TicketResolved(
    String ticketId, String customerId, String priority, Instant resolvedAt) {

  public TicketResolved {
    Objects.requireNonNull(ticketId, "ticketId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(resolvedAt, "resolvedAt");
  }
}
