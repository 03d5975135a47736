package org.accordo.app.tickets;

import java.time.Instant;
import java.util.Objects;
import org.accordo.core.policy.TicketStatus;

/**
 * A ticket as stored: what it was created with, and its current priority, status and cancellation
 * as folded from its events.
 *
 * @param id Accordo's id of the ticket
 * @param customerId the customer it belongs to
 * @param externalId its id in another PSA, unique per customer, or null
 * @param subject its subject line
 * @param service the contract service it concerns (chooses the SLA), or null
 * @param priority the priority in force now
 * @param status the status now
 * @param openedAt the instant of its {@code created} event
 * @param cancelledAt the instant of its first {@code cancelled} event, or null
 * @param createdAt when Accordo recorded it
 * @param createdBy the id of the token that recorded it
 * @param updatedAt when an event was last recorded for it
 */
public record Ticket(
    String id,
    String customerId,
    String externalId,
    String subject,
    String service,
    String priority,
    TicketStatus status,
    Instant openedAt,
    Instant cancelledAt,
    Instant createdAt,
    String createdBy,
    Instant updatedAt) {

  public Ticket {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(openedAt, "openedAt");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }
}
