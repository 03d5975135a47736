package org.accordo.app.tickets;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accordo.core.clock.TicketEvent;
import org.accordo.core.report.TicketHistory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tickets as the modules that measure them read them: their histories as the clock engine takes
 * them, the tickets opened in a period, and the summary of their clocks the clocks keep on them;
 * the histories a month's statement is closed from. The one way into the {@code ticket} and {@code
 * ticket_event} tables from outside this module.
 */
@Component
public class MeasuredTickets {

  private final TicketRepository tickets;
  private final TicketEventRepository events;
  private final StatementHistories statementHistories;

  MeasuredTickets(
      TicketRepository tickets,
      TicketEventRepository events,
      StatementHistories statementHistories) {
    this.tickets = tickets;
    this.events = events;
    this.statementHistories = statementHistories;
  }

  /** The ticket, or empty; not scoped by customer: for work the server does by itself. */
  public Optional<Ticket> ticket(String ticketId) {
    return tickets.find(ticketId);
  }

  /** The tickets of these ids that exist, by id, in one query; not scoped by customer. */
  public Map<String, Ticket> tickets(Collection<String> ticketIds) {
    return tickets.findAll(ticketIds);
  }

  /** Every event of the ticket in arrival order, as the clock engine folds them. */
  public List<TicketEvent> history(String ticketId) {
    return histories(List.of(ticketId)).getOrDefault(ticketId, List.of());
  }

  /**
   * Every event of several tickets, each ticket's in arrival order, in one query; a ticket without
   * events is missing.
   */
  public Map<String, List<TicketEvent>> histories(Collection<String> ticketIds) {
    return events.histories(ticketIds);
  }

  /**
   * Locks the ticket's row until the transaction ends, for work on a ticket that has nothing else
   * to lock: its computations then follow one another. An update that changes no key (on PostgreSQL
   * a {@code FOR NO KEY UPDATE} lock), so that it does not wait for the key-share locks that
   * concurrent event inserts hold on the row through their foreign key.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void lock(String ticketId) {
    tickets.touch(ticketId);
  }

  /**
   * Up to {@code size} ticket ids after {@code after} (empty string: from the first), in id order.
   */
  public List<String> ids(String after, int size) {
    return tickets.idsAfter(after, size);
  }

  /** The tickets of {@code ticketIds} that exist, by id (one query per thousand ids). */
  public Map<String, Ticket> tickets(List<String> ticketIds) {
    Map<String, Ticket> found = new java.util.HashMap<>();
    for (int from = 0; from < ticketIds.size(); from += 1000) {
      found.putAll(
          tickets.findAll(ticketIds.subList(from, Math.min(ticketIds.size(), from + 1000))));
    }
    return found;
  }

  /** The ids of the customer's tickets opened in {@code [from, until)} ({@code until} null: on). */
  public List<String> openedBetween(String customerId, Instant from, Instant until) {
    return tickets.openedBetween(customerId, from, until);
  }

  /**
   * The customer's tickets a statement may name, each with its events dated at or before {@code
   * asOf} in arrival order, named by its PSA number ({@code external_id}, else its id) and subject:
   * every ticket opened at or before {@code asOf} but those finished before {@code activeSince}
   * (resolved, closed or cancelled, without an event dated since), which no clock or count of the
   * period and the months it is compared with can hold. In order of opening (then id); read in two
   * queries ({@link StatementHistories}).
   */
  public List<TicketHistory> forStatement(String customerId, Instant activeSince, Instant asOf) {
    return statementHistories.read(customerId, activeSince, asOf);
  }

  /**
   * Writes on each ticket's row its priority, status and cancellation folded from {@code histories}
   * (each the ticket's whole history, in arrival order) and the summary of its clocks (none when
   * {@code summaries} has none), in one JDBC batch: the imports' rebuild of the tickets whose
   * history they stored without folding it ({@link HistoryImport}).
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void folded(
      Map<String, List<TicketEvent>> histories, Map<String, ClockSummary> summaries, Instant now) {
    List<TicketRepository.Projection> projections = new java.util.ArrayList<>(histories.size());
    histories.forEach(
        (id, history) ->
            projections.add(
                TicketFold.of(id, history, now)
                    .withClocks(summaries.getOrDefault(id, ClockSummary.NONE))));
    tickets.updateProjections(projections);
  }

  /** Keeps the summaries of the tickets' clocks on their rows, in one JDBC batch. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void summarised(Map<String, ClockSummary> summaries) {
    tickets.updateSummaries(summaries);
  }
}
