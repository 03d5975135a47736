package org.accordo.app.clocks;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.accordo.app.contracts.ContractLibrary;
import org.accordo.app.customers.CustomerService;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.security.Caller;
import org.accordo.app.tickets.ClockSummary;
import org.accordo.app.tickets.MeasuredTickets;
import org.accordo.app.tickets.NextDue;
import org.accordo.app.tickets.Ticket;
import org.accordo.app.tickets.TicketMeasurement;
import org.accordo.core.clock.ClockExplanation;
import org.accordo.core.clock.ClockState;
import org.accordo.core.clock.EventType;
import org.accordo.core.clock.TicketEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A ticket's live clocks: how the clocks module measures tickets ({@link TicketMeasurement}, which
 * the tickets module calls in the transaction of every change of a ticket's history) and what it
 * answers about them. The SLA is chosen once, when the ticket is opened ({@link SlaChoice}); every
 * change then refreshes the clocks ({@link ClockRefresh}): all the ticket's events folded at now,
 * the rows that changed written ({@link ClockRows}), the next check set ({@link NextChecks}).
 */
@Service
public class TicketClocks implements TicketMeasurement {

  private final SlaChoice choice;
  private final ClockRefresh refresh;
  private final DueClocks due;
  private final TicketSlaRepository slas;
  private final ClockRepository clocks;
  private final MeasuredTickets tickets;
  private final CustomerService customers;

  TicketClocks(
      SlaChoice choice,
      ClockRefresh refresh,
      DueClocks due,
      TicketSlaRepository slas,
      ClockRepository clocks,
      MeasuredTickets tickets,
      CustomerService customers) {
    this.choice = choice;
    this.refresh = refresh;
    this.due = due;
    this.slas = slas;
    this.clocks = clocks;
    this.tickets = tickets;
    this.customers = customers;
  }

  /**
   * Chooses and stores the SLA of a new ticket ({@link SlaChoice#choose}); a customer without a
   * contract in force that day gives the ticket no SLA.
   *
   * @throws ServiceNotCovered when no single SLA of the contract covers the ticket's service
   * @throws PriorityNotInContract when the contract has no such priority
   */
  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public void opening(Opening ticket) {
    choice
        .choose(
            ticket.ticketId(),
            ticket.customerId(),
            ticket.zone(),
            ticket.openedAt(),
            ticket.service(),
            ticket.priority())
        .ifPresent(chosen -> slas.insert(chosen, ClockDigest.EMPTY));
  }

  /**
   * Checks a priority change against the contract that measures the ticket. Not transactional on
   * purpose: its refusal is one event's and must not mark a group's transaction for rollback.
   *
   * @throws PriorityNotInContract when that contract has no such priority
   */
  @Override
  public void check(String ticketId, org.accordo.app.tickets.StoredEvent event) {
    if (event.type() == EventType.PRIORITY_CHANGED) {
      slas.find(ticketId).ifPresent(sla -> choice.requirePriority(sla, event.priority()));
    }
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public Set<String> lockUnlessHeld(Collection<String> ticketIds) {
    return refresh.lockUnlessHeld(ticketIds);
  }

  /**
   * Refreshes the tickets' clocks at {@code now} and records the crossings and breaches not
   * recorded before (with their notifications), with one statement per step across them all.
   */
  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public Map<String, ClockSummary> changed(
      Collection<String> ticketIds,
      Instant now,
      BiConsumer<String, List<TicketEvent>> withHistory) {
    return summaries(refreshAll(ticketIds, now, withHistory));
  }

  /**
   * Refreshes tickets whose next check has come (the scheduler), and keeps the summary of their
   * clocks on their rows.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void refreshDue(Collection<String> ticketIds, Instant now) {
    tickets.summarised(summaries(refreshAll(ticketIds, now, (id, history) -> {})));
  }

  /** The running clock due soonest of each ticket ({@link DueClocks}), as of {@code now}. */
  @Override
  @Transactional(readOnly = true)
  public Map<String, NextDue> dueSoonest(Collection<String> ticketIds, Instant now) {
    return due.soonest(ticketIds, now);
  }

  /** The SLA that measures the ticket, or empty. */
  @Transactional(readOnly = true)
  public Optional<TicketSla> sla(String ticketId) {
    return slas.find(ticketId);
  }

  /** The ticket's clock rows, by metric and cycle. */
  @Transactional(readOnly = true)
  public List<StoredClock> clocks(String ticketId) {
    return clocks.ofTicket(ticketId);
  }

  /**
   * The ticket's clocks as of {@code now}, each with the story of how it was measured (the same
   * telling as {@code accordo clock explain}); empty for a ticket no SLA measures. The caller
   * checks that the ticket is visible first.
   */
  @Transactional(readOnly = true)
  public List<ClockExplanation> explained(String ticketId, Instant now) {
    return slas.find(ticketId)
        .map(sla -> refresh.explain(sla, tickets.history(ticketId), now))
        .orElse(List.of());
  }

  /**
   * Chooses the ticket's SLA again (the contract in force may have changed) and refreshes its
   * clocks. A ticket whose service or priorities (at creation or changed later) the contract in
   * force no longer knows is left without an SLA and clocks.
   *
   * @return the ticket's SLA after the rebuild, or empty
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Optional<TicketSla> rebuild(String ticketId, Instant now) {
    Optional<Ticket> ticket = tickets.ticket(ticketId);
    if (ticket.isEmpty()) {
      return Optional.empty();
    }
    Optional<TicketSla> chosen = chooseAgain(ticket.get());
    Optional<TicketSlaRepository.Locked> before = slas.lock(ticketId);
    if (chosen.isEmpty()) {
      slas.delete(ticketId);
    } else if (before.isPresent()) {
      slas.update(chosen.get());
    } else {
      slas.insert(chosen.get(), ClockDigest.UNKNOWN);
    }
    Set<String> unmeasurable = new HashSet<>();
    Map<String, List<StoredClock>> stored =
        refresh.refresh(
            List.of(ticketId),
            now,
            (id, history) -> {},
            (id, locked) -> {
              // e.g. a later priority change to a priority the contract in force no longer defines
              slas.delete(id);
              clocks.replace(id, List.of());
              unmeasurable.add(id);
            });
    tickets.summarised(summaries(stored));
    return unmeasurable.isEmpty() ? chosen : Optional.empty();
  }

  /**
   * {@link #rebuild} for many tickets at once, with one statement per step across them (the
   * imports' rebuild of the tickets they stored): their SLA rows locked, their histories read once
   * (the SLA is chosen again with the priority each was created with, the clocks are computed from
   * them, and each ticket's priority, status and cancellation are folded from them: an import
   * stores events unfolded), each SLA row changed or deleted, or inserted once its clocks are
   * computed (with their digest and next check), and the clocks of all of them refreshed together.
   *
   * @return how many of the tickets are measured after the rebuild
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public int rebuildAll(Collection<String> ticketIds, Instant now) {
    List<String> ids = ticketIds.stream().distinct().sorted().toList();
    if (ids.isEmpty()) {
      return 0;
    }
    Map<String, Ticket> found = tickets.tickets(ids);
    Map<String, TicketSlaRepository.Locked> before = slas.lockAll(ids);
    Map<String, List<TicketEvent>> histories = new HashMap<>(tickets.histories(ids));
    ids.forEach(id -> histories.putIfAbsent(id, List.of()));
    Map<String, TicketSlaRepository.Locked> measured = new HashMap<>();
    Map<String, TicketSla> fresh = new HashMap<>();
    // read once per customer and per day opened, not once per ticket
    Map<String, ZoneId> zones = new HashMap<>();
    Map<String, Optional<ContractLibrary.LoadedContract>> inForce = new HashMap<>();
    for (String id : ids) {
      Ticket ticket = found.get(id);
      Optional<TicketSla> chosen =
          ticket == null
              ? Optional.empty()
              : chooseAgain(ticket, createdWith(histories.get(id)), zones, inForce);
      TicketSlaRepository.Locked locked = before.get(id);
      if (chosen.isEmpty()) {
        if (locked != null) {
          slas.delete(id);
        }
        tickets.lock(id); // no SLA row to serialise on: the ticket's own row does
      } else if (locked == null) {
        fresh.put(id, chosen.get());
      } else if (!chosen.get().equals(locked.sla())) {
        slas.update(chosen.get());
        measured.put(
            id,
            new TicketSlaRepository.Locked(
                chosen.get(), locked.nextCheckAt(), ClockDigest.UNKNOWN));
      } else {
        measured.put(id, locked);
      }
    }
    Map<String, List<StoredClock>> stored =
        refresh.refreshLocked(
            ids,
            measured,
            fresh,
            histories,
            now,
            (id, locked) -> {
              slas.delete(id);
              clocks.replace(id, List.of());
            });
    tickets.folded(histories, summaries(stored), now);
    return (int) stored.values().stream().filter(rows -> !rows.isEmpty()).count();
  }

  /** The priority a ticket was created with (of its first {@code created} event), or null. */
  private static String createdWith(List<TicketEvent> history) {
    return history.stream()
        .filter(e -> e.type() == EventType.CREATED)
        .map(TicketEvent::priority)
        .findFirst()
        .orElse(null);
  }

  /** {@link #chooseAgain(Ticket, String)} with the zones and contracts read for others before. */
  private Optional<TicketSla> chooseAgain(
      Ticket t,
      String createdWith,
      Map<String, ZoneId> zones,
      Map<String, Optional<ContractLibrary.LoadedContract>> inForce) {
    try {
      return choice.choose(
          t.id(),
          t.customerId(),
          zones.computeIfAbsent(
              t.customerId(), c -> customers.visible(Caller.SYSTEM, c).timeZone()),
          t.openedAt(),
          t.service(),
          createdWith == null ? t.priority() : createdWith,
          inForce);
    } catch (InvalidField unusable) {
      return Optional.empty();
    }
  }

  /** The SLA the contract in force now chooses for the ticket as it was opened, or empty. */
  private Optional<TicketSla> chooseAgain(Ticket t) {
    return chooseAgain(t, createdWith(tickets.history(t.id())));
  }

  /**
   * @param createdWith the priority the ticket was created with, or null for its priority now
   */
  private Optional<TicketSla> chooseAgain(Ticket t, String createdWith) {
    return chooseAgain(t, createdWith, new java.util.HashMap<>(), new java.util.HashMap<>());
  }

  /**
   * Refreshes the tickets; a ticket whose history its SLA's engine refuses (the API's checks make
   * it impossible; a contract replaced under a ticket could) is logged and left without clock rows
   * and without a next check, so that neither an event nor the scheduler fails on it over and over.
   */
  private Map<String, List<StoredClock>> refreshAll(
      Collection<String> ticketIds,
      Instant now,
      BiConsumer<String, List<TicketEvent>> withHistory) {
    return refresh.refresh(
        ticketIds,
        now,
        withHistory,
        (ticketId, locked) -> {
          clocks.replace(ticketId, List.of());
          slas.store(ticketId, null, new ClockDigest(Map.of(), locked.digest().escalations()));
        });
  }

  /** What the ticket list filters on of each ticket's stored clocks. */
  private static Map<String, ClockSummary> summaries(Map<String, List<StoredClock>> stored) {
    Map<String, ClockSummary> summaries = new HashMap<>();
    stored.forEach((ticketId, rows) -> summaries.put(ticketId, summary(rows)));
    return summaries;
  }

  static ClockSummary summary(List<StoredClock> rows) {
    Instant nextDue =
        rows.stream()
            .filter(c -> c.state() == ClockState.RUNNING)
            .map(StoredClock::dueAt)
            .filter(Objects::nonNull)
            .min(Instant::compareTo)
            .orElse(null);
    boolean breached = rows.stream().anyMatch(c -> c.state() == ClockState.BREACHED);
    return new ClockSummary(nextDue, breached);
  }
}
