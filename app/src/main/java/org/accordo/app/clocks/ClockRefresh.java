package org.accordo.app.clocks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.accordo.app.contracts.ContractLibrary;
import org.accordo.app.contracts.ContractLibrary.LoadedContract;
import org.accordo.app.tickets.MeasuredTickets;
import org.accordo.core.calendar.BusinessCalendar;
import org.accordo.core.clock.ClockEngine;
import org.accordo.core.clock.ClockExplanation;
import org.accordo.core.clock.ClockResult;
import org.accordo.core.clock.EventType;
import org.accordo.core.clock.InvalidTicketHistory;
import org.accordo.core.clock.TicketEvent;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.ContractSla;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The lock orchestration of a refresh: locks the tickets' SLA rows (in ticket id order, by one
 * query), reads their histories once after the locks (one query, through {@link MeasuredTickets}),
 * folds each with its SLA's {@link ClockEngine} at now, and writes what changed with one JDBC batch
 * per kind of statement across them all: clock rows, escalations, digests and next checks. Runs in
 * its caller's transaction.
 */
@Component
class ClockRefresh {

  private static final Logger LOG = LoggerFactory.getLogger(ClockRefresh.class);

  private final MeasuredTickets tickets;
  private final TicketSlaRepository slas;
  private final ClockRepository clocks;
  private final ContractLibrary contracts;
  private final Escalations escalations;
  private final ClockRows rows;
  private final Map<String, ClockEngine> engines = new ConcurrentHashMap<>();

  ClockRefresh(
      MeasuredTickets tickets,
      TicketSlaRepository slas,
      ClockRepository clocks,
      ContractLibrary contracts,
      Escalations escalations,
      ClockRows rows) {
    this.tickets = tickets;
    this.slas = slas;
    this.clocks = clocks;
    this.contracts = contracts;
    this.escalations = escalations;
    this.rows = rows;
  }

  /** What to do with a ticket whose history its SLA's engine refuses; its SLA row is locked. */
  interface Refusal {
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
   * Locks the SLA rows of those of the tickets that no other transaction holds, without waiting for
   * the others.
   *
   * @return the tickets whose SLA row another transaction holds (a ticket without an SLA row is
   *     never one of them)
   */
  Set<String> lockUnlessHeld(Collection<String> ticketIds) {
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

  /**
   * Locks the tickets' SLA rows (a ticket without one: its own row), reads their histories, hands
   * each to {@code withHistory}, computes and stores the clocks of those with an SLA; a refused
   * history goes to {@code refusal}.
   *
   * @return by ticket id, the ticket's clocks as stored, none for a ticket without an SLA
   */
  Map<String, List<StoredClock>> refresh(
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
        tickets.lock(id); // no SLA row to serialise on: the ticket's own row does
      }
    }
    Map<String, List<TicketEvent>> histories = tickets.histories(ids);
    ids.forEach(id -> withHistory.accept(id, histories.getOrDefault(id, List.of())));
    return refreshLocked(ids, locked, Map.of(), histories, now, refusal);
  }

  /**
   * {@link #refresh} of tickets whose SLA rows the caller has locked and whose histories it read
   * after the locks. A ticket in {@code fresh} has no SLA row yet: its row is inserted once its
   * clocks are computed, with their digest and next check (one insert, not an insert and an
   * update); a ticket with neither has its clock rows removed.
   *
   * @param ids the tickets, in id order
   * @param fresh by ticket id, the SLA chosen for a ticket without an SLA row
   * @return by ticket id, the ticket's clocks as stored, none for a ticket without an SLA
   */
  Map<String, List<StoredClock>> refreshLocked(
      List<String> ids,
      Map<String, TicketSlaRepository.Locked> locked,
      Map<String, TicketSla> fresh,
      Map<String, List<TicketEvent>> histories,
      Instant now,
      Refusal refusal) {
    Map<String, List<StoredClock>> stored = new HashMap<>();
    Map<String, Computed> computed = new LinkedHashMap<>();
    for (String id : ids) {
      List<TicketEvent> events = histories.getOrDefault(id, List.of());
      TicketSlaRepository.Locked sla = locked.get(id);
      if (sla == null && fresh.containsKey(id)) {
        sla = new TicketSlaRepository.Locked(fresh.get(id), null, ClockDigest.EMPTY);
      }
      if (sla == null) {
        clocks.replace(id, List.of());
        stored.put(id, List.of());
        continue;
      }
      try {
        computed.put(id, compute(sla, events, now));
      } catch (InvalidTicketHistory refused) {
        LOG.warn("ticket {} cannot be measured by its SLA: {}", id, refused.getMessage());
        refusal.refused(id, sla);
        stored.put(id, List.of());
      }
    }
    store(computed, fresh.keySet(), now);
    computed.forEach((id, c) -> stored.put(id, c.rows()));
    return stored;
  }

  /**
   * Writes the computed tickets' clock rows, records their new crossings and breaches, and stores
   * their digests and next checks where they changed (the SLA rows of {@code fresh} tickets
   * inserted with them): one batch per kind of statement for them all.
   */
  private void store(Map<String, Computed> computed, Set<String> fresh, Instant now) {
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
    Map<String, Escalations.Computed> toRecord = new LinkedHashMap<>();
    computed.forEach(
        (id, c) ->
            toRecord.put(
                id,
                new Escalations.Computed(
                    c.locked().sla(),
                    c.loaded().contract(),
                    c.results(),
                    c.locked().digest().escalations())));
    Map<String, Set<String>> recorded = escalations.recordNew(toRecord, now);
    List<TicketSlaRepository.Stored> digests = new ArrayList<>();
    List<TicketSlaRepository.Fresh> inserts = new ArrayList<>();
    computed.forEach(
        (id, c) -> {
          Instant nextCheck =
              c.rows().stream()
                  .map(StoredClock::nextCheckAt)
                  .filter(Objects::nonNull)
                  .min(Comparator.naturalOrder())
                  .orElse(c.ticketNext());
          ClockDigest before = c.locked().digest();
          ClockDigest after = new ClockDigest(written.get(id), recorded.get(id));
          if (fresh.contains(id)) {
            inserts.add(new TicketSlaRepository.Fresh(c.locked().sla(), nextCheck, after));
          } else if (!after.equals(before)
              || !Objects.equals(nextCheck, c.locked().nextCheckAt())) {
            digests.add(new TicketSlaRepository.Stored(id, nextCheck, after));
          }
        });
    slas.insertAll(inserts);
    slas.storeAll(digests);
  }

  /**
   * Folds a locked ticket's events at now into the clock rows to store; the engine's refusal goes
   * through. Events dated after now are left out until they are due: their instant is a next check.
   */
  private Computed compute(
      TicketSlaRepository.Locked locked, List<TicketEvent> events, Instant now) {
    TicketSla sla = locked.sla();
    LoadedContract loaded = contracts.load(sla.customerId(), sla.contractVersion());
    ClockEngine engine = engine(sla, loaded);
    List<TicketEvent> due = events.stream().filter(e -> !e.at().isAfter(now)).toList();
    boolean created = due.stream().anyMatch(e -> e.type() == EventType.CREATED);
    List<ClockResult> results = created ? engine.fold(due, now) : List.of();
    Instant ticketNext = NextChecks.ofHistory(events, now);
    List<StoredClock> stored = new ArrayList<>();
    for (ClockResult result : results) {
      stored.add(
          rows.row(
              sla.customerId(),
              result,
              NextChecks.earliest(NextChecks.ofClock(result), ticketNext),
              now));
    }
    return new Computed(locked, loaded, results, stored, ticketNext);
  }

  /**
   * The ticket's clocks folded from {@code events} at {@code now} through its SLA's engine, each
   * explained on its calendar (nothing stored): what the ticket page shows.
   */
  List<ClockExplanation> explain(TicketSla sla, List<TicketEvent> events, Instant now) {
    LoadedContract loaded = contracts.load(sla.customerId(), sla.contractVersion());
    List<TicketEvent> due = events.stream().filter(e -> !e.at().isAfter(now)).toList();
    if (due.stream().noneMatch(e -> e.type() == EventType.CREATED)) {
      return List.of();
    }
    Map<String, BusinessCalendar> calendars = loaded.contract().calendars();
    return engine(sla, loaded).fold(due, now).stream()
        .map(r -> ClockExplanation.of(r, calendars.get(r.calendar())))
        .toList();
  }

  /** The engine of an SLA of a contract version, built once per node. */
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
}
