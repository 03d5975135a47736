package org.accordo.app.portal;

import java.time.ZoneId;
import java.util.Objects;
import org.accordo.app.render.Labels;
import org.accordo.app.tickets.Ticket;
import org.accordo.app.ui.Formats;

/**
 * One ticket as its customer's user reads it in the portal.
 *
 * @param id Accordo's id (a dispute of one of its clocks names it)
 * @param number the PSA's number, else Accordo's id
 * @param subject its subject (shown as text, escaped)
 * @param priority its priority now
 * @param status its status now, in words
 * @param service the contract service it concerns, or null
 * @param opened when it was opened, in the reader's zone with its offset
 * @param updated when its last event was recorded, in the reader's zone with its offset
 */
public record PortalTicket(
    String id,
    String number,
    String subject,
    String priority,
    String status,
    String service,
    String opened,
    String updated) {

  public PortalTicket {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(subject, "subject");
  }

  static PortalTicket of(Ticket ticket, ZoneId zone, Labels labels) {
    return new PortalTicket(
        ticket.id(),
        ticket.externalId() == null ? ticket.id() : ticket.externalId(),
        ticket.subject(),
        ticket.priority(),
        labels.get("status." + ticket.status().id()),
        ticket.service(),
        Formats.instant(ticket.openedAt(), zone),
        Formats.instant(ticket.updatedAt(), zone));
  }
}
