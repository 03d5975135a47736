package org.accordo.app.tickets;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import org.accordo.core.clock.TicketEvent;

/**
 * What measures tickets against their SLA (the clocks module implements it), told of each change of
 * a ticket's history in the transaction of the change and asked before an event is accepted. The
 * tickets module depends on this interface only: the module that measures depends on tickets, never
 * the other way, and reads their histories through {@link MeasuredTickets}.
 */
public interface TicketMeasurement {

  /**
   * A ticket being opened, after its row and before its {@code created} event are stored: how it
   * will be measured is chosen now.
   *
   * @throws org.accordo.app.refusal.InvalidField (a subclass naming {@code service} or {@code
   *     priority}) when it cannot be measured as opened; the opening is then refused
   */
  void opening(Opening ticket);

  /**
   * Checks an event before it is accepted, e.g. a priority the ticket's contract does not define.
   * Not transactional on purpose: its refusal is one event's and must not mark a group's
   * transaction for rollback.
   *
   * @throws org.accordo.app.refusal.InvalidField naming the field the measure refuses
   */
  void check(String ticketId, StoredEvent event);

  /**
   * Takes, without waiting, the locks that measuring the tickets needs, for those no other
   * transaction holds: so that a group of events leaves a ticket held elsewhere to be appended
   * alone instead of waiting for it with all the others.
   *
   * @return the tickets held by another transaction
   */
  Set<String> lockUnlessHeld(Collection<String> ticketIds);

  /**
   * The tickets' histories changed in this transaction: measures them again at {@code now}, reading
   * each history once, after the ticket's lock, and handing it to {@code withHistory} (so the
   * caller folds what it derives from it from the same read).
   *
   * @return each ticket's clocks as the ticket list filters on them
   */
  Map<String, ClockSummary> changed(
      Collection<String> ticketIds, Instant now, BiConsumer<String, List<TicketEvent>> withHistory);

  /**
   * The running clock due soonest of each of the tickets, its remaining time as of {@code now}:
   * what the ticket list shows of each ticket. Reads in the caller's transaction.
   *
   * @return by ticket id; a ticket without a running clock is missing
   */
  Map<String, NextDue> dueSoonest(Collection<String> ticketIds, Instant now);

  /**
   * A ticket being opened.
   *
   * @param zone the customer's time zone: the day it was opened is a day there
   * @param service the service it concerns, or null
   * @param priority its priority at opening
   */
  record Opening(
      String ticketId,
      String customerId,
      ZoneId zone,
      Instant openedAt,
      String service,
      String priority) {

    public Opening {
      Objects.requireNonNull(ticketId, "ticketId");
      Objects.requireNonNull(customerId, "customerId");
      Objects.requireNonNull(zone, "zone");
      Objects.requireNonNull(openedAt, "openedAt");
      Objects.requireNonNull(priority, "priority");
    }
  }
}
