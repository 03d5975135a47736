package org.accordo.app.portal;

import java.time.ZoneId;
import java.util.Objects;
import org.accordo.app.render.Labels;
import org.accordo.app.tickets.Ticket;
import org.accordo.app.ui.Formats;

/**
 * A ticket of the portal's "closed this month" list, written for its reader.
 *
 * @param ticketId Accordo's id of the ticket
 * @param number the PSA's number, else Accordo's id
 * @param subject its subject (shown as text, escaped)
 * @param priority its priority
 * @param status its status in words ({@code Resolved}, {@code Closed})
 * @param opened when it was opened, in the reader's zone with its offset
 * @param closed when its last event was recorded, in the reader's zone with its offset
 */
public record ClosedTicket(
    String ticketId,
    String number,
    String subject,
    String priority,
    String status,
    String opened,
    String closed) {

  public ClosedTicket {
    Objects.requireNonNull(ticketId, "ticketId");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(subject, "subject");
  }

  static ClosedTicket of(Ticket ticket, ZoneId zone, Labels labels) {
    return new ClosedTicket(
        ticket.id(),
        ticket.externalId() == null ? ticket.id() : ticket.externalId(),
        ticket.subject(),
        ticket.priority(),
        labels.get("status." + ticket.status().id()),
        Formats.instant(ticket.openedAt(), zone),
        Formats.instant(ticket.updatedAt(), zone));
  }
}
