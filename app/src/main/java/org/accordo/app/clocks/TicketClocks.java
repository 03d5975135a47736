package org.accordo.app.clocks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.accordo.app.contracts.ContractLibrary;
import org.accordo.app.contracts.ContractLibrary.LoadedContract;
import org.accordo.app.refusal.InvalidField;
import org.accordo.core.clock.ClockEngine;
import org.accordo.core.clock.ClockResult;
import org.accordo.core.clock.ClockState;
import org.accordo.core.clock.EventType;
import org.accordo.core.clock.InvalidTicketHistory;
import org.accordo.core.clock.TicketEvent;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.ContractSla;
import org.accordo.core.escalation.EscalationCrossing;
import org.accordo.core.report.ContractClose;
import org.accordo.core.report.NoSlaForTicket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A ticket's live clocks. The ticket's SLA is chosen once, when it is created ({@link #assign});
 * then every change of its history calls {@link #refresh}, in the transaction of the change, which
 * folds all its events with {@link ClockEngine} at now and replaces its clock rows. Events dated
 * after now (the API accepts up to 5 minutes ahead) are left out until they are due: their instant
 * is a next check of the ticket.
 */
@Service
public class TicketClocks {

  private static final Logger LOG = LoggerFactory.getLogger(TicketClocks.class);

  private final TicketHistory history;
  private final TicketSlaRepository slas;
  private final ClockRepository clocks;
  private final ContractLibrary contracts;
  private final Escalations escalations;
  private final JsonMapper json;
  private final Map<String, ClockEngine> engines = new ConcurrentHashMap<>();

  TicketClocks(
      TicketHistory history,
      TicketSlaRepository slas,
      ClockRepository clocks,
      ContractLibrary contracts,
      Escalations escalations,
      JsonMapper json) {
    this.history = history;
    this.slas = slas;
    this.clocks = clocks;
    this.contracts = contracts;
    this.escalations = escalations;
    this.json = json;
  }

  /**
   * Chooses and stores the SLA of a new ticket: the customer's contract in force on the day it was
   * opened (in the customer's time zone), and its SLA whose metrics cover {@code service} (SLA
   * semantics §2). A customer without a contract in force that day gives the ticket no SLA.
   *
   * @param service the created event's service, or null
   * @throws InvalidField naming {@code service} when no single SLA of the contract covers it, or
   *     {@code priority} when the contract has no such priority
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Optional<TicketSla> assign(
      String ticketId,
      String customerId,
      ZoneId zone,
      Instant openedAt,
      String service,
      String priority) {
    Optional<TicketSla> sla = choose(ticketId, customerId, zone, openedAt, service, priority);
    sla.ifPresent(chosen -> slas.insert(chosen, ClockDigest.EMPTY));
    return sla;
  }

  /**
   * Checks a priority against the contract that measures the ticket. Not a transactional method on
   * purpose: its refusal is one event's (in a group of events, {@code EventService.appendAll}) and
   * must not mark the caller's transaction for rollback.
   *
   * @throws InvalidField naming {@code priority} when that contract has no such priority
   */
  public void requirePriority(String ticketId, String priority) {
    Optional<TicketSla> sla = slas.find(ticketId);
    if (sla.isPresent()) {
      LoadedContract loaded = contracts.load(sla.get().customerId(), sla.get().contractVersion());
      requirePriority(loaded, priority);
    }
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
   * Folds the ticket's events at {@code now}, replaces its clock rows and records the escalation
   * crossings and breaches not recorded before (with their notifications). Locks the ticket's SLA
   * row first, so a ticket is computed by one transaction at a time.
   *
   * <p>A history the engine refuses (the API's checks make it impossible; a contract replaced under
   * a ticket could) is logged and leaves the ticket without clock rows and without a next check, so
   * that neither the event nor the scheduler fails on it over and over.
   *
   * @return the ticket's clocks as stored, none for a ticket without an SLA
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public List<StoredClock> refresh(String ticketId, Instant now) {
    return refreshAll(List.of(ticketId), now, (id, history) -> {}).get(ticketId);
  }

  /**
   * {@link #refresh} for several tickets at once, with one statement for each step across them all
   * (their SLA rows locked in ticket id order by one query, their events read by one, their changed
   * clock rows and digests written in one JDBC batch each) instead of one per ticket: what events
   * posted together cost.
   *
   * @param withHistory handed each ticket's id and every event of it in arrival order, read once,
   *     after the lock of its SLA row (so a caller that derives something else from the history,
   *     such as the ticket's status, needs no second read and sees what the clocks see)
   * @return by ticket id, the ticket's clocks as stored, none for a ticket without an SLA
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Map<String, List<StoredClock>> refreshAll(
      Collection<String> ticketIds,
      Instant now,
      BiConsumer<String, List<TicketEvent>> withHistory) {
    return computeAll(
        ticketIds,
        now,
        withHistory,
        (ticketId, locked) -> {
          clocks.replace(ticketId, List.of());
          slas.store(ticketId, null, new ClockDigest(Map.of(), locked.digest().escalations()));
        });
  }

  /**
   * Locks the SLA rows of those of the tickets that no other transaction holds, without waiting for
   * the others, so that work on several tickets can leave a ticket held elsewhere to be done alone
   * instead of waiting for it with all the others.
   *
   * @return the tickets whose SLA row another transaction holds (a ticket without an SLA row is
   *     never one of them)
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Set<String> lockUnlessHeld(Collection<String> ticketIds) {
    if (ticketIds.isEmpty()) {
      return Set.of();
    }
    Set<String> measured = slas.measured(ticketIds);
    if (measured.isEmpty()) {
      return Set.of();
    }
    Set<String> locked = slas.lockFree(measured);
    Set<String> held = new HashSet<>(measured);
    held.removeAll(locked);
    return held;
  }

  /** What to do with a ticket whose history its SLA's engine refuses; its SLA row is locked. */
  private interface Refusal {
    void refused(String ticketId, TicketSlaRepository.Locked locked);
  }

  /** A locked ticket's clocks as computed, before they are written. */
  private record Computed(
      TicketSlaRepository.Locked locked,
      LoadedContract loaded,
      List<ClockResult> results,
      List<StoredClock> rows,
      Instant ticketNext) {}

  /**
   * Locks the tickets' SLA rows (a ticket without one: its own row), reads their histories, hands
   * each to {@code withHistory}, computes and stores the clocks of those with an SLA; a refused
   * history goes to {@code refusal}.
   */
  private Map<String, List<StoredClock>> computeAll(
      Collection<String> ticketIds,
      Instant now,
      BiConsumer<String, List<TicketEvent>> withHistory,
      Refusal refusal) {
    List<String> ids = ticketIds.stream().distinct().sorted().toList();
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<String, TicketSlaRepository.Locked> locked = slas.lockAll(ids);
    for (String id : ids) {
      if (!locked.containsKey(id)) {
        history.lock(id); // no SLA row to serialise on: the ticket's own row does
      }
    }
    Map<String, List<TicketEvent>> histories = history.eventsOf(ids);
    Map<String, List<StoredClock>> stored = new HashMap<>();
    Map<String, Computed> computed = new LinkedHashMap<>();
    for (String id : ids) {
      List<TicketEvent> events = histories.getOrDefault(id, List.of());
      withHistory.accept(id, events);
      if (!locked.containsKey(id)) {
        clocks.replace(id, List.of());
        stored.put(id, List.of());
        continue;
      }
      try {
        computed.put(id, compute(locked.get(id), events, now));
      } catch (InvalidTicketHistory refused) {
        LOG.warn("ticket {} cannot be measured by its SLA: {}", id, refused.getMessage());
        refusal.refused(id, locked.get(id));
        stored.put(id, List.of());
      }
    }
    store(computed, now);
    computed.forEach((id, c) -> stored.put(id, c.rows()));
    return stored;
  }

  /**
   * Writes the computed tickets' clock rows, records their new crossings and breaches, and stores
   * their digests and next checks where they changed: one batch per kind of statement for them all.
   */
  private void store(Map<String, Computed> computed, Instant now) {
    Map<String, Map<String, String>> written =
        clocks.writeAll(
            computed.entrySet().stream()
                .map(
                    e ->
                        new ClockRepository.Write(
                            e.getKey(),
                            e.getValue().locked().digest().clocks(),
                            e.getValue().rows()))
                .toList());
    List<TicketSlaRepository.Stored> digests = new ArrayList<>();
    computed.forEach(
        (id, c) -> {
          Instant nextCheck =
              c.rows().stream()
                  .map(StoredClock::nextCheckAt)
                  .filter(Objects::nonNull)
                  .min(Comparator.naturalOrder())
                  .orElse(c.ticketNext());
          ClockDigest before = c.locked().digest();
          Set<String> recorded =
              escalations.recordNew(
                  c.locked().sla(), c.loaded().contract(), c.results(), now, before.escalations());
          ClockDigest after = new ClockDigest(written.get(id), recorded);
          if (!after.equals(before) || !Objects.equals(nextCheck, c.locked().nextCheckAt())) {
            digests.add(new TicketSlaRepository.Stored(id, nextCheck, after));
          }
        });
    slas.storeAll(digests);
  }

  /**
   * Folds a locked ticket's events at now into the clock rows to store; the engine's refusal goes
   * through.
   */
  private Computed compute(
      TicketSlaRepository.Locked locked, List<TicketEvent> events, Instant now) {
    TicketSla sla = locked.sla();
    LoadedContract loaded = contracts.load(sla.customerId(), sla.contractVersion());
    ClockEngine engine = engine(sla, loaded);
    List<TicketEvent> due = events.stream().filter(e -> !e.at().isAfter(now)).toList();
    boolean created = due.stream().anyMatch(e -> e.type() == EventType.CREATED);
    List<ClockResult> results = created ? engine.fold(due, now) : List.of();
    Instant ticketNext = ticketNextCheck(events, now);
    List<StoredClock> rows = new ArrayList<>();
    for (ClockResult result : results) {
      rows.add(stored(sla.customerId(), result, earliest(rowNextCheck(result), ticketNext), now));
    }
    return new Computed(locked, loaded, results, rows, ticketNext);
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
    Optional<TicketHistory.OpenedTicket> ticket = history.ticket(ticketId);
    if (ticket.isEmpty()) {
      return Optional.empty();
    }
    TicketHistory.OpenedTicket t = ticket.get();
    Optional<TicketSla> chosen;
    try {
      String priorityAtCreation =
          history.events(ticketId).stream()
              .filter(e -> e.type() == EventType.CREATED)
              .map(TicketEvent::priority)
              .findFirst()
              .orElse(t.priority());
      chosen =
          choose(t.id(), t.customerId(), t.zone(), t.openedAt(), t.service(), priorityAtCreation);
    } catch (InvalidField unusable) {
      chosen = Optional.empty();
    }
    Optional<TicketSlaRepository.Locked> before = slas.lock(ticketId);
    if (chosen.isEmpty()) {
      slas.delete(ticketId);
    } else if (before.isPresent()) {
      slas.update(chosen.get());
    } else {
      slas.insert(chosen.get(), ClockDigest.UNKNOWN);
    }
    Set<String> unmeasurable = new HashSet<>();
    computeAll(
        List.of(ticketId),
        now,
        (id, history) -> {},
        (id, locked) -> {
          // e.g. a later priority change to a priority the contract in force no longer defines
          slas.delete(id);
          clocks.replace(id, List.of());
          unmeasurable.add(id);
        });
    return unmeasurable.isEmpty() ? chosen : Optional.empty();
  }

  private Optional<TicketSla> choose(
      String ticketId,
      String customerId,
      ZoneId zone,
      Instant openedAt,
      String service,
      String priority) {
    LocalDate day = openedAt.atZone(zone).toLocalDate();
    Optional<LoadedContract> inForce = contracts.inForce(customerId, day);
    if (inForce.isEmpty()) {
      return Optional.empty();
    }
    Contract contract = inForce.get().contract();
    ContractSla sla;
    try {
      sla = ContractClose.slaFor(contract, ticketId, Optional.ofNullable(service));
    } catch (NoSlaForTicket e) {
      throw new ServiceNotCovered(
          e.getMessage().replaceFirst("^ticket \\S+: ", "")
              + " (contract "
              + contract.header().id()
              + ", version "
              + inForce.get().version()
              + ")");
    }
    requirePriority(inForce.get(), priority);
    return Optional.of(new TicketSla(ticketId, customerId, inForce.get().version(), sla.id()));
  }

  private static void requirePriority(LoadedContract loaded, String priority) {
    if (loaded.contract().priority(priority).isEmpty()) {
      throw new PriorityNotInContract(
          priority,
          loaded.contract().header().id(),
          loaded.version(),
          loaded.contract().priorityIds());
    }
  }

  private ClockEngine engine(TicketSla sla, LoadedContract loaded) {
    return engines.computeIfAbsent(
        sla.customerId() + "/" + sla.contractVersion() + "/" + sla.slaId(),
        key -> {
          Contract contract = loaded.contract();
          ContractSla contractSla =
              contract.slas().stream()
                  .filter(s -> s.id().equals(sla.slaId()))
                  .findFirst()
                  .orElseThrow(
                      () ->
                          new IllegalStateException(
                              "contract " + key + " has no SLA " + sla.slaId()));
          return new ClockEngine(
              contractSla.policy(), contract.calendars(), Set.copyOf(contract.priorityIds()));
        });
  }

  /**
   * When a clock must be computed again without an event: for a clock that counts (running, or
   * breached and not stopped), the next escalation threshold or its breach; else never.
   */
  private static Instant rowNextCheck(ClockResult r) {
    boolean counting =
        r.stoppedAt() == null
            && (r.state() == ClockState.RUNNING || r.state() == ClockState.BREACHED);
    if (!counting) {
      return null;
    }
    Instant next = r.state() == ClockState.RUNNING ? r.dueAt() : null;
    for (EscalationCrossing crossing : r.escalations()) {
      next = earliest(next, crossing.expectedAt());
    }
    return next;
  }

  /**
   * The earliest instant after now at which the ticket's history changes by itself: an event dated
   * ahead, an exclusion's bounds.
   */
  private static Instant ticketNextCheck(List<TicketEvent> events, Instant now) {
    Instant next = null;
    for (TicketEvent e : events) {
      next = earliest(next, after(e.at(), now));
      if (e.exclusion() != null) {
        next = earliest(next, after(e.exclusion().from(), now));
        next = earliest(next, after(e.exclusion().to(), now));
      }
    }
    return next;
  }

  private static Instant after(Instant instant, Instant now) {
    return instant.isAfter(now) ? instant : null;
  }

  private static Instant earliest(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isBefore(b) ? a : b;
  }

  private StoredClock stored(String customerId, ClockResult r, Instant nextCheckAt, Instant now) {
    List<Map<String, Object>> crossings = new ArrayList<>();
    for (EscalationCrossing c : r.escalations()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("at_fraction", c.atFraction());
      m.put("level", c.level());
      m.put("crossed_at", c.crossedAt() == null ? null : c.crossedAt().toString());
      m.put("expected_at", c.expectedAt() == null ? null : c.expectedAt().toString());
      crossings.add(m);
    }
    List<Map<String, Object>> timeline = new ArrayList<>();
    r.timeline()
        .forEach(
            s -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("from", s.from().toString());
              m.put("to", s.to().toString());
              m.put("counting", s.counting());
              m.put("why", s.why());
              timeline.add(m);
            });
    return new StoredClock(
        r.ticket(),
        r.metric().id(),
        r.cycle(),
        customerId,
        r.priority(),
        r.calendar(),
        r.state().id(),
        r.startedAt(),
        r.stoppedAt(),
        r.dueAt(),
        r.breachedAt(),
        r.targetSeconds(),
        r.elapsedSeconds(),
        r.pausedSeconds(),
        r.remainingSeconds(),
        nextCheckAt,
        now,
        json.writeValueAsString(crossings),
        json.writeValueAsString(timeline));
  }
}
