package org.accordo.app.clocks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.accordo.app.audit.AuditLog;
import org.accordo.app.customers.CustomerService;
import org.accordo.app.operations.NodeId;
import org.accordo.app.security.Caller;
import org.accordo.app.tickets.TicketNames;
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
  private final TicketNames tickets;
  private final AuditLog audit;
  private final ObjectProvider<EscalationListener> listeners;
  private final NodeId node;

  Escalations(
      EscalationRepository escalations,
      CustomerService customers,
      TicketNames tickets,
      AuditLog audit,
      ObjectProvider<EscalationListener> listeners,
      NodeId node) {
    this.escalations = escalations;
    this.customers = customers;
    this.tickets = tickets;
    this.audit = audit;
    this.listeners = listeners;
    this.node = node;
  }

  /**
   * A ticket's clocks as computed, whose crossings and breaches are to be recorded.
   *
   * @param recorded the keys of the ticket's recorded ones ({@link ClockDigest#escalationKey}), or
   *     null when unknown: then they are read from the table if there is anything to record
   */
  record Computed(
      TicketSla sla, Contract contract, List<ClockResult> results, Set<String> recorded) {
    Computed {
      Objects.requireNonNull(sla, "sla");
      Objects.requireNonNull(contract, "contract");
      Objects.requireNonNull(results, "results");
    }
  }

  /**
   * Records the crossings and breaches of the tickets' clocks that are not recorded yet, with one
   * statement per step across them all: the recorded ones read (by one query, for the tickets with
   * a crossing or breach not in their digest), the new ones inserted (one JDBC batch), audited (one
   * batch) and handed to the listeners together. What is recorded is what recording each ticket
   * alone, each crossing in turn, would record.
   *
   * @return by ticket id, the keys recorded after this call, or null when still unknown
   */
  @Transactional(propagation = Propagation.MANDATORY)
  Map<String, Set<String>> recordNew(Map<String, Computed> tickets, Instant now) {
    Map<String, List<Escalation>> candidates = new LinkedHashMap<>();
    tickets.forEach((id, c) -> candidates.put(id, candidates(c, now)));
    Map<String, Set<String>> stored = escalations.recordedKeys(toRead(tickets, candidates));
    Map<String, Set<String>> after = new HashMap<>();
    List<EscalationListener.Recorded> fresh = new ArrayList<>();
    tickets.forEach(
        (id, c) -> {
          List<Escalation> found = candidates.get(id);
          if (found.isEmpty()) {
            after.put(id, c.recorded());
            return;
          }
          Set<String> inTable = stored.getOrDefault(id, Set.of());
          Set<String> keys = new HashSet<>(c.recorded() == null ? inTable : c.recorded());
          for (Escalation e : found) {
            String key = ClockDigest.escalationKey(e);
            // a key in the table but not in the digest was recorded by a computation that did not
            // keep the digest (a node of an older version): trust the table
            if (keys.add(key) && !inTable.contains(key)) {
              fresh.add(new EscalationListener.Recorded(e, c.contract()));
            }
          }
          after.put(id, keys);
        });
    record(fresh);
    return after;
  }

  /** The tickets with a crossing or breach that their digest does not hold (or none known). */
  private static List<String> toRead(
      Map<String, Computed> tickets, Map<String, List<Escalation>> candidates) {
    List<String> ids = new ArrayList<>();
    tickets.forEach(
        (id, c) -> {
          boolean unknown =
              candidates.get(id).stream()
                  .anyMatch(
                      e ->
                          c.recorded() == null
                              || !c.recorded().contains(ClockDigest.escalationKey(e)));
          if (unknown) {
            ids.add(id);
          }
        });
    return ids;
  }

  /** Every crossing and breach the ticket's clocks show, in their order. */
  private List<Escalation> candidates(Computed c, Instant now) {
    List<Escalation> found = new ArrayList<>();
    TicketSla sla = c.sla();
    for (ClockResult r : c.results()) {
      for (EscalationCrossing crossing : r.escalations()) {
        if (crossing.crossedAt() != null) {
          found.add(
              new Escalation(
                  UUID.randomUUID().toString(),
                  r.ticket(),
                  sla.customerId(),
                  r.metric(),
                  r.cycle(),
                  EscalationKind.ESCALATION,
                  fraction(crossing.atFraction()),
                  crossing.level(),
                  r.priority(),
                  crossing.crossedAt(),
                  now,
                  node.value()));
        }
      }
      if (r.breachedAt() != null) {
        found.add(
            new Escalation(
                UUID.randomUUID().toString(),
                r.ticket(),
                sla.customerId(),
                r.metric(),
                r.cycle(),
                EscalationKind.BREACH,
                BigDecimal.ONE,
                breachLevel(c.contract(), sla).orElse(null),
                r.priority(),
                r.breachedAt(),
                now,
                node.value()));
      }
    }
    return found;
  }

  /**
   * An escalation with its ticket as people name it.
   *
   * @param ticket the ticket's PSA number and subject (read through the tickets module), or null
   *     for a ticket that no longer exists
   */
  public record Named(Escalation escalation, TicketNames.TicketName ticket) {
    public Named {
      Objects.requireNonNull(escalation, "escalation");
    }
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
        .items()
        .stream()
        .map(Named::escalation)
        .toList();
  }

  /**
   * A page of the feed, newest first by default, each escalation with its ticket's names; a
   * customer token sees its own customer's only.
   */
  @Transactional(readOnly = true)
  public Page<Named> page(Caller caller, EscalationRepository.Filter filter, PageRequest request) {
    if (filter.customerId() != null) {
      customers.visible(caller, filter.customerId());
    }
    EscalationRepository.Filter scoped =
        caller
            .customerScope()
            .map(own -> new EscalationRepository.Filter(own, filter.ticketId(), filter.kind()))
            .orElse(filter);
    List<Escalation> items = escalations.page(scoped, request);
    Map<String, TicketNames.TicketName> names =
        tickets.of(items.stream().map(Escalation::ticketId).toList());
    return Page.of(items, request, escalations.count(scoped))
        .map(e -> new Named(e, names.get(e.ticketId())));
  }

  /** Inserts the escalations, audits each and tells the listeners, in their order. */
  private void record(List<EscalationListener.Recorded> fresh) {
    if (fresh.isEmpty()) {
      return;
    }
    escalations.insertAll(fresh.stream().map(EscalationListener.Recorded::escalation).toList());
    audit.recordAll(fresh.stream().map(r -> audited(r.escalation())).toList());
    listeners.orderedStream().forEach(listener -> listener.recordedAll(fresh));
  }

  private static AuditLog.Write audited(Escalation escalation) {
    return new AuditLog.Write(
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
