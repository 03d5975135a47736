package org.accordo.core.clock;

import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import org.accordo.core.SupportedYears;

/**
 * The checks a ticket's sorted history must pass before it is folded (SLA semantics §2): exactly
 * one {@code created}, nothing before it, nothing later than "now", only priorities the contract
 * defines; and, before it is even sorted, every instant in {@link SupportedYears}.
 */
final class HistoryValidation {

  private final TicketFold fold;
  private final ClockEngine engine;

  HistoryValidation(TicketFold fold, ClockEngine engine) {
    this.fold = fold;
    this.engine = engine;
  }

  /**
   * Refuses an event dated, or an exclusion bounded, outside the supported years, before anything
   * turns instants into epoch milliseconds (which would overflow far enough out).
   *
   * @throws IllegalArgumentException if {@code now} lies outside the supported years
   */
  static void requireSupportedYears(String ticket, List<TicketEvent> events, Instant now) {
    if (!SupportedYears.contains(now)) {
      throw new IllegalArgumentException(
          "now " + now + " lies outside " + SupportedYears.describe());
    }
    for (TicketEvent event : events) {
      if (!SupportedYears.contains(event.at())) {
        throw new InvalidTicketHistory(
            ticket, event.id(), "dated " + event.at() + ", outside " + SupportedYears.describe());
      }
      Exclusion x = event.exclusion();
      if (x != null && !(SupportedYears.contains(x.from()) && SupportedYears.contains(x.to()))) {
        throw new InvalidTicketHistory(
            ticket,
            event.id(),
            "excludes " + x.from() + " to " + x.to() + ", not within " + SupportedYears.describe());
      }
    }
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
