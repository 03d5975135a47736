package org.accordo.app.tickets;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Tickets' histories changed in a transaction (events appended, a ticket opened), published in it:
 * for a module that keeps something computed from the histories of the past (the statements of
 * closed months), with how far back each change reaches.
 *
 * @param changes one per ticket changed
 */
public record TicketsChanged(List<Change> changes) {

  public TicketsChanged {
    changes = List.copyOf(changes);
  }

  /**
   * One ticket's change.
   *
   * @param customerId the ticket's customer
   * @param ticketId the ticket
   * @param reachesBack the earliest instant whose facts the change may alter: the event's instant,
   *     the start of an {@code excluded} interval when earlier, a new ticket's opening
   * @param what the change in a few words, e.g. {@code agent_replied at 2026-03-10T09:00:00Z on
   *     ticket INC-4711}
   */
  public record Change(String customerId, String ticketId, Instant reachesBack, String what) {
    public Change {
      Objects.requireNonNull(customerId, "customerId");
      Objects.requireNonNull(ticketId, "ticketId");
      Objects.requireNonNull(reachesBack, "reachesBack");
      Objects.requireNonNull(what, "what");
    }
  }
}
