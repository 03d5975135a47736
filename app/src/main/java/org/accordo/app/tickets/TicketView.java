package org.accordo.app.tickets;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A ticket as the API shows it. */
public record TicketView(
    String id,
    String customerId,
    String externalId,
    String subject,
    String service,
    String priority,
    @Schema(
            allowableValues = {
              "new",
              "open",
              "in_progress",
              "waiting_customer",
              "waiting_third_party",
              "on_hold",
              "resolved",
              "closed"
            })
        String status,
    Instant openedAt,
    Instant cancelledAt,
    Instant createdAt,
    Instant updatedAt) {
  public static TicketView of(Ticket t) {
    return new TicketView(
        t.id(),
        t.customerId(),
        t.externalId(),
        t.subject(),
        t.service(),
        t.priority(),
        t.status().id(),
        t.openedAt(),
        t.cancelledAt(),
        t.createdAt(),
        t.updatedAt());
  }
}
