package org.accordo.app.tickets;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.accordo.core.policy.TicketStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * History brought in from another PSA (the imports module): tickets and events stored in batches
 * with ids the importer chose, each stored once (an event whose id is stored already is skipped).
 * It neither folds nor measures them: once all their events are in, the importer has their clocks
 * rebuilt and their priority, status and cancellation folded from all their events together ({@code
 * TicketClocks.rebuildAll}, {@link MeasuredTickets#folded}), so no clock is computed from half a
 * history (a breach recorded then would never be retracted) and each ticket's row is written once,
 * not once per chunk that adds to it. Not scoped by customer: the importer checked the caller.
 */
@Service
public class HistoryImport {

  private final TicketRepository tickets;
  private final TicketEventRepository events;

  HistoryImport(TicketRepository tickets, TicketEventRepository events) {
    this.tickets = tickets;
    this.events = events;
  }

  /**
   * A ticket to create.
   *
   * @param id Accordo's id, chosen by the importer
   * @param externalId its id in the PSA
   */
  public record NewTicket(
      String id,
      String customerId,
      String externalId,
      String subject,
      String priority,
      String service,
      Instant openedAt) {

    public NewTicket {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(customerId, "customerId");
      Objects.requireNonNull(externalId, "externalId");
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(priority, "priority");
      Objects.requireNonNull(openedAt, "openedAt");
    }
  }

  /** A ticket as stored: its id and when it was opened. */
  public record Existing(String id, String externalId, Instant openedAt) {}

  /** What a batch stored. */
  public record Stored(int tickets, int events, int eventsAlreadyStored, Set<String> touched) {}

  /** The tickets of these ids that exist, by id. */
  @Transactional(readOnly = true)
  public Map<String, Existing> tickets(Collection<String> ticketIds) {
    Map<String, Existing> found = new HashMap<>();
    if (ticketIds.isEmpty()) {
      return found;
    }
    tickets
        .findAll(ticketIds)
        .values()
        .forEach(t -> found.put(t.id(), new Existing(t.id(), t.externalId(), t.openedAt())));
    return found;
  }

  /** The customer's tickets with these external ids, by external id. */
  @Transactional(readOnly = true)
  public Map<String, Existing> byExternalIds(String customerId, Collection<String> externalIds) {
    Map<String, Existing> found = new HashMap<>();
    if (externalIds.isEmpty()) {
      return found;
    }
    tickets
        .findByExternalIds(customerId, externalIds)
        .forEach(
            t -> found.put(t.externalId(), new Existing(t.id(), t.externalId(), t.openedAt())));
    return found;
  }

  /**
   * Stores new tickets and events (events whose id is stored already are skipped), in the caller's
   * transaction; the tickets keep the priority they were created with and the status {@code new}
   * until the importer has them folded.
   *
   * @param newTickets tickets that do not exist yet
   * @param newEvents events of those tickets or of stored ones; their {@code seq} is ignored
   * @param withoutEvents tickets the caller knows have no stored event (created by the caller):
   *     their events are not looked up, like those of {@code newTickets}
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Stored store(
      List<NewTicket> newTickets,
      List<StoredEvent> newEvents,
      Set<String> withoutEvents,
      String by,
      Instant now) {
    if (!newTickets.isEmpty()) {
      tickets.insertAll(
          newTickets.stream()
              .map(
                  t ->
                      new Ticket(
                          t.id(),
                          t.customerId(),
                          t.externalId(),
                          t.subject(),
                          t.service(),
                          t.priority(),
                          TicketStatus.NEW,
                          t.openedAt(),
                          null,
                          now,
                          by,
                          now))
              .toList());
    }
    // an event of a ticket created here, or known to have none, cannot be stored already: only
    // the others are looked up
    Set<String> created = new HashSet<>(withoutEvents);
    newTickets.forEach(t -> created.add(t.id()));
    List<String> lookedUp =
        newEvents.stream()
            .filter(e -> !created.contains(e.ticketId()))
            .map(StoredEvent::id)
            .toList();
    Set<String> stored = lookedUp.isEmpty() ? Set.of() : events.existing(lookedUp);
    List<StoredEvent> fresh = new ArrayList<>();
    for (StoredEvent e : newEvents) {
      if (!stored.contains(e.id())) {
        fresh.add(e);
      }
    }
    if (!fresh.isEmpty()) {
      events.insertAll(fresh);
    }
    Set<String> touched = new HashSet<>();
    fresh.forEach(e -> touched.add(e.ticketId()));
    return new Stored(newTickets.size(), fresh.size(), newEvents.size() - fresh.size(), touched);
  }
}
