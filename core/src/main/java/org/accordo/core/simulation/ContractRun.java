package org.accordo.core.simulation;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.accordo.core.clock.ClockEngine;
import org.accordo.core.clock.ClockResult;
import org.accordo.core.clock.ClockState;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.ContractSla;
import org.accordo.core.policy.SlaPolicy;
import org.accordo.core.report.ContractClose;
import org.accordo.core.report.TicketHistory;

/**
 * One contract applied to a history: the engine of each SLA with ticket targets, the SLA that
 * measures each service (SLA semantics §2), and what a clock counts as in the period. Immutable
 * once built, so tickets fold in parallel.
 */
final class ContractRun {

  final Contract contract;
  final SimulationPeriod period;
  final Instant asOf;

  /** The period's bounds, computed once: every clock is placed by them. */
  private final long startMillis;

  private final long endMillis;
  private final Set<String> priorities;
  private final Map<String, ClockEngine> engines = new HashMap<>();
  private final Map<Optional<String>, ContractSla> slaOfService = new HashMap<>();

  /**
   * @throws org.accordo.core.report.NoSlaForTicket if some ticket has no SLA to be measured by
   */
  ContractRun(
      Contract contract, SimulationPeriod period, Instant asOf, List<TicketHistory> tickets) {
    this.contract = AsIfInForce.over(contract, period);
    this.period = period;
    this.asOf = asOf;
    this.startMillis = period.startInclusive().toEpochMilli();
    this.endMillis = period.endExclusive().toEpochMilli();
    this.priorities = new LinkedHashSet<>(contract.priorityIds());
    for (ContractSla sla : contract.slas()) {
      if (sla.policy().measuresTickets()) {
        engines.put(sla.id(), engine(sla.policy()));
      }
    }
    for (TicketHistory ticket : tickets) {
      if (!slaOfService.containsKey(ticket.service())) {
        slaOfService.put(
            ticket.service(),
            ContractClose.slaFor(contract, ticket.ticket().id(), ticket.service()));
      }
    }
  }

  /** An engine of {@code policy} on this contract's calendars and priorities. */
  private ClockEngine engine(SlaPolicy policy) {
    return new ClockEngine(policy, contract.calendars(), priorities);
  }

  /** The SLA that measures {@code ticket}. */
  ContractSla slaOf(TicketHistory ticket) {
    return slaOfService.get(ticket.service());
  }

  /**
   * Every clock of {@code ticket} as of {@link #asOf}.
   *
   * @throws org.accordo.core.clock.InvalidTicketHistory if the history cannot be folded
   */
  List<ClockResult> fold(TicketHistory ticket) {
    return engines.get(slaOf(ticket).id()).fold(ticket.events(), asOf);
  }

  /** What {@code clock} counts as: met or breached when it stopped in the period, else nothing. */
  Outcome outcome(ClockResult clock) {
    boolean decided =
        (clock.state() == ClockState.MET || clock.state() == ClockState.BREACHED)
            && clock.stoppedAt() != null
            && inPeriod(clock.stoppedAt().toEpochMilli());
    if (!decided) {
      return Outcome.NOT_COUNTED;
    }
    return clock.state() == ClockState.MET ? Outcome.MET : Outcome.BREACHED;
  }

  private boolean inPeriod(long epochMilli) {
    return epochMilli >= startMillis && epochMilli < endMillis;
  }
}
