package org.accordo.core.simulation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.accordo.core.clock.ClockResult;
import org.accordo.core.report.ClockFact;
import org.accordo.core.report.ClockFacts;
import org.accordo.core.report.TicketHistory;

/**
 * One ticket folded under both contracts: the facts of its clocks counted in the period under each,
 * and its clocks whose breach appears or disappears.
 *
 * @param current the facts of the clocks the current contract counts in the period
 * @param proposed the facts of the clocks the proposed contract counts in the period
 * @param changes the ticket's changed clocks, by metric and cycle
 */
record TicketComparison(
    List<ClockFact> current, List<ClockFact> proposed, List<ClockChange> changes) {

  /** A ticket's clocks under one contract, with the SLA that measured it. */
  private record Folded(ContractRun run, String sla, List<ClockResult> clocks) {

    static Folded of(ContractRun run, TicketHistory ticket) {
      return new Folded(run, run.slaOf(ticket).id(), run.fold(ticket));
    }

    /** The clock with the metric and cycle of {@code like}. */
    Optional<ClockResult> find(ClockResult like) {
      for (ClockResult clock : clocks) {
        if (clock.metric() == like.metric() && clock.cycle() == like.cycle()) {
          return Optional.of(clock);
        }
      }
      return Optional.empty();
    }

    ClockSide side(Optional<ClockResult> clock) {
      return new ClockSide(clock.map(run::outcome).orElse(Outcome.NOT_COUNTED), sla, clock);
    }

    List<ClockFact> facts(TicketHistory ticket) {
      List<ClockFact> facts = new ArrayList<>(clocks.size());
      for (ClockResult clock : clocks) {
        if (run.outcome(clock) != Outcome.NOT_COUNTED) {
          facts.add(ClockFacts.of(sla, clock, ticket.events(), run.asOf));
        }
      }
      return facts;
    }
  }

  static TicketComparison of(TicketHistory ticket, ContractRun current, ContractRun proposed) {
    Folded before = Folded.of(current, ticket);
    Folded after = Folded.of(proposed, ticket);
    List<ClockChange> changes = new ArrayList<>(0);
    for (ClockResult clock : before.clocks()) {
      change(ticket, before.side(Optional.of(clock)), after.side(after.find(clock)))
          .ifPresent(changes::add);
    }
    for (ClockResult clock : after.clocks()) {
      if (before.find(clock).isEmpty()) {
        change(ticket, before.side(Optional.empty()), after.side(Optional.of(clock)))
            .ifPresent(changes::add);
      }
    }
    changes.sort(Comparator.comparing(ClockChange::metric).thenComparing(ClockChange::cycle));
    return new TicketComparison(before.facts(ticket), after.facts(ticket), changes);
  }

  private static Optional<ClockChange> change(
      TicketHistory ticket, ClockSide current, ClockSide proposed) {
    if ((current.outcome() == Outcome.BREACHED) == (proposed.outcome() == Outcome.BREACHED)) {
      return Optional.empty();
    }
    ClockResult clock = current.clock().or(proposed::clock).orElseThrow();
    return Optional.of(
        new ClockChange(ticket.ticket().id(), clock.metric(), clock.cycle(), current, proposed));
  }
}
