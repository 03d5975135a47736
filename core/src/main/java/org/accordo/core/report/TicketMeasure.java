package org.accordo.core.report;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.accordo.core.clock.ClockEngine;
import org.accordo.core.clock.TicketEvent;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.ContractSla;

/**
 * Measures a contract's tickets: each by the engine of the SLA its service selects (SLA semantics
 * §2), at an instant, into the facts a period close needs.
 */
final class TicketMeasure {

  private final Map<String, ClockEngine> engines = new HashMap<>();
  private final Map<Optional<String>, String> slaOfService = new HashMap<>();

  /**
   * @throws NoSlaForTicket if a ticket cannot be measured
   */
  TicketMeasure(Contract contract, List<TicketHistory> tickets) {
    Set<String> priorities = new LinkedHashSet<>(contract.priorityIds());
    for (ContractSla sla : contract.slas()) {
      if (sla.policy().measuresTickets()) {
        engines.put(sla.id(), new ClockEngine(sla.policy(), contract.calendars(), priorities));
      }
    }
    for (TicketHistory ticket : tickets) {
      if (!slaOfService.containsKey(ticket.service())) {
        slaOfService.put(
            ticket.service(), ContractClose.slaFor(contract, ticket.id(), ticket.service()).id());
      }
    }
  }

  /**
   * The ticket's clocks as of {@code now}, from the events {@code window} takes: all of them, or
   * those dated before {@code now} (the state at a period's end, when later events are known).
   *
   * @throws org.accordo.core.clock.InvalidTicketHistory if the history is invalid
   */
  List<ClockFact> clocks(TicketHistory ticket, Instant now, EventWindow window) {
    String sla = slaOfService.get(ticket.service());
    List<TicketEvent> events =
        window == EventWindow.BEFORE_NOW
            ? ticket.events().stream().filter(e -> e.at().isBefore(now)).toList()
            : ticket.events();
    return engines.get(sla).fold(events, now).stream()
        .map(result -> ClockFacts.of(sla, result, events, now))
        .toList();
  }

  /** Which of a ticket's events a fold reads. */
  enum EventWindow {
    /** Every event (none may be later than the instant folded at). */
    ALL,
    /** The events dated before the instant: what had happened by then. */
    BEFORE_NOW
  }
}
