package org.accordo.app.tickets;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * A ticket as the ticket list shows it: the ticket ({@link TicketView}'s fields) and its running
 * clock due soonest as of the request, so that an at-risk list says what is due when.
 *
 * @param nextDue the clock due soonest, or null when none runs (none measured, all paused or
 *     stopped)
 */
public record TicketListItem(
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
    Instant updatedAt,
    @Schema(description = "The running clock due soonest; null when none runs") Due nextDue) {

  /**
   * A clock due soonest as the list shows it.
   *
   * @param metric e.g. {@code first_response}
   * @param cycle its cycle, from 1
   * @param dueAt when it breaches unless stopped
   * @param remainingSeconds the business time left as of the request, in the clock's calendar;
   *     negative once {@code due_at} has passed and before the breach is recorded
   */
  public record Due(
      @Schema(
              allowableValues = {
                "first_response",
                "resolution_plan",
                "next_reply",
                "periodic_update",
                "resolution"
              })
          String metric,
      int cycle,
      Instant dueAt,
      long remainingSeconds) {
    static Due of(NextDue d) {
      return new Due(d.metric().id(), d.cycle(), d.dueAt(), d.remaining().getSeconds());
    }
  }

  static TicketListItem of(TicketService.Listed listed) {
    Ticket t = listed.ticket();
    return new TicketListItem(
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
        t.updatedAt(),
        listed.nextDue() == null ? null : Due.of(listed.nextDue()));
  }
}
