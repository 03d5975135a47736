package org.accordo.core.clock;

import java.time.Instant;
import java.util.TreeSet;

/**
 * The checks a ticket's sorted history must pass before it is folded (SLA semantics §2): exactly
 * one {@code created}, nothing before it, nothing later than "now", only priorities the contract
 * defines.
 */
final class HistoryValidation {

  private final TicketFold fold;
  private final ClockEngine engine;

  HistoryValidation(TicketFold fold, ClockEngine engine) {
    this.fold = fold;
    this.engine = engine;
  }

  void validate() {
    TicketEvent[] events = fold.events;
    int created = -1;
    for (TicketEvent event : events) {
      if (!event.ticket().equals(fold.ticket)) {
        throw new IllegalArgumentException(
            "one fold takes one ticket's events; got " + fold.ticket + " and " + event.ticket());
      }
    }
    for (int i = 0; i < events.length; i++) {
      TicketEvent event = events[i];
      if (event.type() == EventType.CREATED) {
        if (created >= 0) {
          throw invalid(
              event, "a second created event (the first is " + events[created].id() + ")");
        }
        created = i;
      }
      if (fold.atMs[i] > fold.nowMs) {
        throw invalid(
            event,
            "dated " + event.at() + ", later than now (" + Instant.ofEpochMilli(fold.nowMs) + ")");
      }
      if (event.priority() != null && !engine.knowsPriority(event.priority())) {
        throw invalid(
            event,
            "priority '"
                + event.priority()
                + "' is not defined by the contract, which defines "
                + new TreeSet<>(engine.priorities()));
      }
    }
    if (created < 0) {
      throw new InvalidTicketHistory(fold.ticket, null, "the history has no created event");
    }
    if (created > 0) {
      throw invalid(
          events[0],
          "dated "
              + events[0].at()
              + ", before the ticket was created ("
              + events[created].id()
              + " at "
              + events[created].at()
              + ")");
    }
  }

  private InvalidTicketHistory invalid(TicketEvent event, String problem) {
    return new InvalidTicketHistory(fold.ticket, event.id(), problem);
  }
}
