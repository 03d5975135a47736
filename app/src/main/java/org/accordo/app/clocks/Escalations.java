package org.accordo.app.clocks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.accordo.app.audit.AuditLog;
import org.accordo.app.customers.CustomerService;
import org.accordo.app.operations.NodeId;
import org.accordo.app.security.Caller;
import org.accordo.app.web.Page;
import org.accordo.app.web.PageRequest;
import org.accordo.core.clock.ClockResult;
import org.accordo.core.contract.Contract;
import org.accordo.core.escalation.EscalationCrossing;
import org.accordo.core.policy.EscalationThreshold;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Escalation crossings and breaches: recorded once each per ticket, metric and cycle (whoever
 * computes the clock first, an event or the scheduler, records it; the unique constraint of the
 * table backs this), with their notifications written to the outbox in the same transaction.
 */
@Service
public class Escalations {

  private final EscalationRepository escalations;
  private final CustomerService customers;
  private final AuditLog audit;
  private final ObjectProvider<EscalationListener> listeners;
  private final NodeId node;

  Escalations(
      EscalationRepository escalations,
      CustomerService customers,
      AuditLog audit,
      ObjectProvider<EscalationListener> listeners,
      NodeId node) {
    this.escalations = escalations;
    this.customers = customers;
    this.audit = audit;
    this.listeners = listeners;
    this.node = node;
  }

  /**
   * Records the crossings and breaches in {@code results} that are not recorded yet.
   *
   * @param recorded the keys of the ticket's recorded ones ({@link ClockDigest#escalationKey}), or
   *     null when unknown: then they are read from the table if there is anything to record
   * @return the keys recorded after this call, or null when still unknown
   */
  @Transactional(propagation = Propagation.MANDATORY)
  Set<String> recordNew(
      TicketSla sla,
      Contract contract,
      List<ClockResult> results,
      Instant now,
      Set<String> recorded) {
    Set<String> keys = recorded == null ? null : new HashSet<>(recorded);
    for (ClockResult r : results) {
      for (EscalationCrossing c : r.escalations()) {
        if (c.crossedAt() != null) {
          keys =
              recordOnce(
                  contract,
                  keys,
                  new Escalation(
                      UUID.randomUUID().toString(),
                      r.ticket(),
                      sla.customerId(),
                      r.metric(),
                      r.cycle(),
                      EscalationKind.ESCALATION,
                      fraction(c.atFraction()),
                      c.level(),
                      r.priority(),
                      c.crossedAt(),
                      now,
                      node.value()));
        }
      }
      if (r.breachedAt() != null) {
        keys =
            recordOnce(
                contract,
                keys,
                new Escalation(
                    UUID.randomUUID().toString(),
                    r.ticket(),
                    sla.customerId(),
                    r.metric(),
                    r.cycle(),
                    EscalationKind.BREACH,
                    BigDecimal.ONE,
                    breachLevel(contract, sla).orElse(null),
                    r.priority(),
                    r.breachedAt(),
                    now,
                    node.value()));
      }
    }
    return keys;
  }

  /**
   * The escalations and breaches of one ticket, in the order they occurred (at most {@link
   * PageRequest#MAX_SIZE}); another customer's ticket has none for a customer's caller.
   */
  @Transactional(readOnly = true)
  public List<Escalation> ofTicket(Caller caller, String ticketId) {
    return page(
            caller,
            new EscalationRepository.Filter(null, ticketId, null),
            new PageRequest(0, PageRequest.MAX_SIZE, "occurred_at"))
        .items();
  }

  /** A page of the feed, newest first by default; a customer token sees its own customer's only. */
  @Transactional(readOnly = true)
  public Page<Escalation> page(
      Caller caller, EscalationRepository.Filter filter, PageRequest request) {
    if (filter.customerId() != null) {
      customers.visible(caller, filter.customerId());
    }
    EscalationRepository.Filter scoped =
        caller
            .customerScope()
            .map(own -> new EscalationRepository.Filter(own, filter.ticketId(), filter.kind()))
            .orElse(filter);
    return Page.of(escalations.page(scoped, request), request, escalations.count(scoped));
  }

  /**
   * Records an escalation unless {@code recorded} (read from the table when null) holds it; returns
   * the keys after.
   */
  private Set<String> recordOnce(Contract contract, Set<String> recorded, Escalation escalation) {
    Set<String> keys =
        recorded == null ? escalations.recordedKeys(escalation.ticketId()) : recorded;
    if (!keys.add(ClockDigest.escalationKey(escalation))) {
      return keys;
    }
    if (recorded != null && escalations.exists(escalation)) {
      // recorded by a computation that did not keep the digest (a node of an older version): trust
      // the table
      return keys;
    }
    escalations.insert(escalation);
    audit.record(
        Caller.SYSTEM,
        "escalation.recorded",
        "escalation",
        escalation.id(),
        escalation.customerId(),
        escalation.kind()
            + " "
            + escalation.metric()
            + " cycle "
            + escalation.cycle()
            + " at "
            + escalation.atFraction()
            + (escalation.level() == null ? "" : " " + escalation.level())
            + " of ticket "
            + escalation.ticketId());
    listeners.orderedStream().forEach(listener -> listener.recorded(escalation, contract));
    return keys;
  }

  /** The level told at a breach: the one of the highest threshold at or below the target. */
  private static Optional<String> breachLevel(Contract contract, TicketSla sla) {
    return contract.slas().stream()
        .filter(s -> s.id().equals(sla.slaId()))
        .findFirst()
        .flatMap(
            s ->
                s.policy().escalation().stream()
                    .filter(t -> t.atFraction() <= 1.0)
                    .reduce((a, b) -> b)
                    .map(EscalationThreshold::level));
  }

  /**
   * A threshold as the {@code DECIMAL(9,4)} column stores it, so the key in memory is the key read
   * back.
   */
  private static BigDecimal fraction(double atFraction) {
    return BigDecimal.valueOf(atFraction).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
  }
}
