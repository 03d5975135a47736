package org.accordo.app.rca;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.accordo.app.audit.AuditLog;
import org.accordo.app.clocks.Escalation;
import org.accordo.app.clocks.EscalationKind;
import org.accordo.app.clocks.EscalationListener;
import org.accordo.app.clocks.TicketClocks;
import org.accordo.app.clocks.TicketSla;
import org.accordo.app.contracts.ContractLibrary;
import org.accordo.app.notifications.HistoryLoads;
import org.accordo.app.security.Caller;
import org.accordo.app.tickets.TicketResolved;
import org.accordo.core.calendar.BusinessCalendar;
import org.accordo.core.contract.BusinessDuration;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.ContractSla;
import org.accordo.core.contract.ProblemManagement;
import org.accordo.core.contract.RootCauseAnalysis;
import org.accordo.core.policy.EscalationThreshold;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Opens RCA obligations, in the transaction of what opens them: a resolution of a ticket whose
 * priority the contract's {@code root_cause_analysis.required_for} lists, or a breach of one of its
 * clocks when it says {@code also_after_breach}. The contract is the version that measures the
 * ticket. A ticket already covered by an RCA opens none: its first trigger decides the due instant.
 *
 * <p>A breach of history loaded for the customer (an import, the demo data: crossed before its
 * {@link HistoryLoads} cutoff) opens none: the RCAs of those months were delivered, or not, before
 * Accordo measured them; opening them now would make every past breach an RCA overdue for months,
 * reminded and credited as late. An imported resolution opens none either (the import publishes no
 * {@code TicketResolved}).
 */
@Component
class RcaObligations implements EscalationListener {

  private final RcaRepository rows;
  private final TicketClocks clocks;
  private final ContractLibrary contracts;
  private final AuditLog audit;
  private final HistoryLoads history;

  RcaObligations(
      RcaRepository rows,
      TicketClocks clocks,
      ContractLibrary contracts,
      AuditLog audit,
      HistoryLoads history) {
    this.rows = rows;
    this.clocks = clocks;
    this.contracts = contracts;
    this.audit = audit;
    this.history = history;
  }

  /** A ticket was resolved: opens an RCA if its priority requires one. */
  @EventListener
  void resolved(TicketResolved resolved) {
    Optional<TicketSla> sla = clocks.sla(resolved.ticketId());
    if (sla.isEmpty()) {
      return;
    }
    Contract contract =
        contracts.load(sla.get().customerId(), sla.get().contractVersion()).contract();
    promise(contract)
        .filter(rca -> rca.requiredFor().contains(resolved.priority()))
        .ifPresent(
            rca ->
                open(
                    new Opening(
                        resolved.ticketId(),
                        resolved.customerId(),
                        resolved.priority(),
                        RcaTrigger.RESOLUTION,
                        resolved.resolvedAt()),
                    contract,
                    sla.get(),
                    rca.within().orElseThrow()));
  }

  /** A clock breached: opens an RCA if the contract asks for one after every breach. */
  @Override
  public void recorded(Escalation escalation, Contract contract) {
    recordedAll(List.of(new Recorded(escalation, contract)));
  }

  /** As {@link #recorded} each, reading each customer's history cutoff once. */
  @Override
  public void recordedAll(List<Recorded> recorded) {
    Map<String, Optional<Instant>> cutoffs = new HashMap<>();
    for (Recorded r : recorded) {
      Escalation escalation = r.escalation();
      if (escalation.kind() != EscalationKind.BREACH || escalation.customerId() == null) {
        continue;
      }
      Optional<Instant> notifyFrom =
          cutoffs.computeIfAbsent(escalation.customerId(), history::notifyFrom);
      if (notifyFrom.filter(escalation.occurredAt()::isBefore).isEmpty()) {
        breached(escalation, r.contract());
      }
    }
  }

  private void breached(Escalation escalation, Contract contract) {
    Optional<TicketSla> sla = clocks.sla(escalation.ticketId());
    promise(contract)
        .filter(RootCauseAnalysis::alsoAfterBreach)
        .ifPresent(
            rca ->
                sla.ifPresent(
                    measured ->
                        open(
                            new Opening(
                                escalation.ticketId(),
                                escalation.customerId(),
                                escalation.priority(),
                                RcaTrigger.BREACH,
                                escalation.occurredAt()),
                            contract,
                            measured,
                            rca.within().orElseThrow())));
  }

  /** What opens an obligation. */
  record Opening(
      String ticketId, String customerId, String priority, RcaTrigger trigger, Instant at) {}

  /** The contract's RCA promise, when it sets a time to deliver one. */
  private static Optional<RootCauseAnalysis> promise(Contract contract) {
    return contract
        .problemManagement()
        .flatMap(ProblemManagement::rootCauseAnalysis)
        .filter(rca -> rca.within().isPresent());
  }

  private void open(Opening opening, Contract contract, TicketSla sla, BusinessDuration within) {
    if (rows.covering(opening.ticketId()).isPresent()) {
      return;
    }
    BusinessCalendar calendar = contract.calendars().get(within.calendar());
    Instant from = opening.at().truncatedTo(ChronoUnit.MICROS);
    Rca rca =
        new Rca(
            UUID.randomUUID().toString(),
            opening.customerId(),
            RcaState.DRAFT,
            opening.trigger(),
            opening.priority(),
            within.calendar(),
            from,
            calendar.add(from, within.duration()),
            null,
            null,
            null,
            null,
            RcaBody.EMPTY,
            null,
            List.of(opening.ticketId()));
    rows.insert(rca);
    for (EscalationThreshold t : thresholds(contract, sla)) {
      rows.insertThreshold(
          new RcaThreshold(
              rca.id(),
              EscalationKind.ESCALATION.id(),
              fraction(t.atFraction()),
              t.level(),
              rca.customerId(),
              calendar.add(from, part(within.duration(), t.atFraction())),
              null,
              null));
    }
    rows.insertThreshold(
        new RcaThreshold(
            rca.id(),
            EscalationKind.BREACH.id(),
            BigDecimal.ONE,
            null,
            rca.customerId(),
            rca.dueAt(),
            null,
            null));
    audit.record(
        Caller.SYSTEM,
        "rca.opened",
        "rca",
        rca.id(),
        rca.customerId(),
        "by the "
            + opening.trigger()
            + " of ticket "
            + opening.ticketId()
            + ", due "
            + rca.dueAt());
  }

  /** The escalation thresholds of the SLA that measures the ticket. */
  private static List<EscalationThreshold> thresholds(Contract contract, TicketSla sla) {
    return contract.slas().stream()
        .filter(s -> s.id().equals(sla.slaId()))
        .findFirst()
        .map(ContractSla::policy)
        .map(p -> p.escalation())
        .orElse(List.of());
  }

  private static Duration part(Duration whole, double fraction) {
    return Duration.ofMillis(Math.round(whole.toMillis() * fraction));
  }

  private static BigDecimal fraction(double atFraction) {
    return BigDecimal.valueOf(atFraction).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
  }
}
