package org.accordo.app.clocks;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.accordo.app.contracts.ContractLibrary;
import org.accordo.app.tickets.NextDue;
import org.accordo.core.calendar.BusinessCalendar;
import org.springframework.stereotype.Component;

/**
 * The running clock due soonest of each ticket, with its remaining business time as of the
 * request's instant rather than as of its last computation: the stored row's due instant is exact
 * while the clock runs, so the time left is the open time of its calendar between now and then.
 */
@Component
class DueClocks {

  private final ClockRepository clocks;
  private final TicketSlaRepository slas;
  private final ContractLibrary contracts;

  DueClocks(ClockRepository clocks, TicketSlaRepository slas, ContractLibrary contracts) {
    this.clocks = clocks;
    this.slas = slas;
    this.contracts = contracts;
  }

  /**
   * @return by ticket id, its running clock due soonest (ties: the metric, then the cycle, in
   *     order); a ticket without one is missing
   */
  Map<String, NextDue> soonest(Collection<String> ticketIds, Instant now) {
    Set<String> ids = Set.copyOf(ticketIds);
    Map<String, StoredClock> soonest = new HashMap<>();
    clocks.runningOf(ids).forEach(c -> soonest.putIfAbsent(c.ticketId(), c));
    Map<String, TicketSla> measuring = slas.findAll(soonest.keySet());
    Map<String, NextDue> due = new HashMap<>();
    soonest.forEach(
        (ticketId, clock) -> {
          TicketSla sla = measuring.get(ticketId);
          if (sla != null) {
            due.put(
                ticketId,
                new NextDue(
                    clock.metric(),
                    clock.cycle(),
                    clock.dueAt(),
                    remaining(calendar(sla, clock), clock.dueAt(), now)));
          }
        });
    return due;
  }

  /** The business time from {@code now} to {@code dueAt}; negative once it has passed. */
  static Duration remaining(BusinessCalendar calendar, Instant dueAt, Instant now) {
    return now.isAfter(dueAt)
        ? calendar.elapsed(dueAt, now).negated()
        : calendar.elapsed(now, dueAt);
  }

  private BusinessCalendar calendar(TicketSla sla, StoredClock clock) {
    BusinessCalendar calendar =
        contracts
            .load(sla.customerId(), sla.contractVersion())
            .contract()
            .calendars()
            .get(clock.calendar());
    if (calendar == null) {
      throw new IllegalStateException(
          "ticket "
              + clock.ticketId()
              + ": its clock's calendar '"
              + clock.calendar()
              + "' is not in contract version "
              + sla.contractVersion()
              + " of "
              + sla.customerId());
    }
    return calendar;
  }
}
