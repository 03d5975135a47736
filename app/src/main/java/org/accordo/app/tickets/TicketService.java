package org.accordo.app.tickets;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.accordo.app.audit.AuditLog;
import org.accordo.app.customers.Customer;
import org.accordo.app.customers.CustomerService;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.security.Caller;
import org.accordo.app.security.Role;
import org.accordo.app.web.Page;
import org.accordo.app.web.PageRequest;
import org.accordo.core.clock.EventType;
import org.accordo.core.policy.TicketStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tickets: created with their {@code created} event, read with their events, listed with filters.
 * Every role may create tickets, a customer token only for its own customer.
 */
@Service
public class TicketService {

  /** How far ahead of the server's clock an event may be dated (SLA semantics §2). */
  static final Duration MAX_FUTURE = Duration.ofMinutes(5);

  private final TicketRepository tickets;
  private final TicketEventRepository events;
  private final CustomerService customers;
  private final TicketMeasurement measurement;
  private final AuditLog audit;
  private final ApplicationEventPublisher publisher;
  private final Clock clock;

  TicketService(
      TicketRepository tickets,
      TicketEventRepository events,
      CustomerService customers,
      TicketMeasurement measurement,
      AuditLog audit,
      ApplicationEventPublisher publisher,
      Clock clock) {
    this.tickets = tickets;
    this.events = events;
    this.customers = customers;
    this.measurement = measurement;
    this.audit = audit;
    this.publisher = publisher;
    this.clock = clock;
  }

  /** What a new ticket is created with. {@code openedAt} null means now. */
  public record Opening(
      String customerId,
      String externalId,
      String subject,
      String priority,
      String service,
      Instant openedAt) {}

  /** A ticket with its events in fold order. */
  public record TicketWithEvents(Ticket ticket, List<StoredEvent> events) {}

  /**
   * Creates a ticket and its {@code created} event, and has it measured ({@link
   * TicketMeasurement#opening}, then {@link TicketMeasurement#changed}) in the same transaction. A
   * customer's ticket opens at the server's now: when it opened decides its clocks, so dating it is
   * staff's.
   *
   * @throws org.accordo.app.customers.CustomerNotVisible when the caller may not see the customer
   * @throws StaffOnlyField naming {@code opened_at} when a customer token dates the ticket
   * @throws ExternalIdTaken when the customer already has a ticket with this external id
   * @throws InvalidField naming {@code opened_at} when it is more than 5 minutes ahead of the
   *     server's clock; naming {@code service} or {@code priority} when the contract in force does
   *     not know them
   */
  @Transactional
  public Ticket create(Caller caller, Opening opening) {
    Customer customer = customers.visible(caller, opening.customerId());
    if (caller.role() == Role.CUSTOMER && opening.openedAt() != null) {
      throw StaffOnlyField.openedAt();
    }
    Instant now = clock.instant();
    Instant openedAt = opening.openedAt() == null ? now : opening.openedAt();
    requireNotInFuture(openedAt, now, "opened_at");
    if (opening.externalId() != null
        && tickets.externalIdTaken(opening.customerId(), opening.externalId())) {
      throw new ExternalIdTaken(opening.customerId(), opening.externalId());
    }
    Ticket ticket =
        new Ticket(
            UUID.randomUUID().toString(),
            opening.customerId(),
            opening.externalId(),
            opening.subject(),
            opening.service(),
            opening.priority(),
            TicketStatus.NEW,
            openedAt,
            null,
            now,
            caller.tokenId(),
            now);
    tickets.insert(ticket);
    measurement.opening(
        new TicketMeasurement.Opening(
            ticket.id(),
            ticket.customerId(),
            customer.timeZone(),
            openedAt,
            ticket.service(),
            ticket.priority()));
    events.append(
        new StoredEvent(
            0,
            UUID.randomUUID().toString(),
            ticket.id(),
            ticket.customerId(),
            EventType.CREATED,
            openedAt,
            now,
            caller.tokenId(),
            ticket.priority(),
            null,
            null,
            null,
            null,
            null,
            List.of()));
    tickets.updateSummaries(measurement.changed(List.of(ticket.id()), now, (id, history) -> {}));
    audit.record(
        caller, "ticket.created", "ticket", ticket.id(), ticket.customerId(), ticket.externalId());
    publisher.publishEvent(
        new TicketsChanged(
            List.of(
                new TicketsChanged.Change(
                    ticket.customerId(),
                    ticket.id(),
                    openedAt,
                    "ticket "
                        + (ticket.externalId() == null ? ticket.id() : ticket.externalId())
                        + " opened at "
                        + openedAt))));
    return ticket;
  }

  /**
   * @throws TicketNotVisible when there is no such ticket or the caller may not see its customer
   */
  @Transactional(readOnly = true)
  public TicketWithEvents get(Caller caller, String id) {
    Ticket ticket = visible(caller, id);
    return new TicketWithEvents(ticket, events.ofTicket(id));
  }

  /**
   * A ticket in a list, with its running clock due soonest.
   *
   * @param nextDue that clock, its remaining time as of the request; null when none runs
   */
  public record Listed(Ticket ticket, NextDue nextDue) {
    public Listed {
      Objects.requireNonNull(ticket, "ticket");
    }
  }

  /**
   * A page of the tickets the caller may see, each with its running clock due soonest as of now.
   *
   * @throws org.accordo.app.customers.CustomerNotVisible when {@code filter.customerId} names a
   *     customer the caller may not see
   */
  @Transactional(readOnly = true)
  public Page<Listed> page(Caller caller, TicketRepository.Filter filter, PageRequest request) {
    if (filter.customerId() != null) {
      customers.visible(caller, filter.customerId());
    }
    TicketRepository.Filter scoped =
        caller.customerScope().map(own -> filter.forCustomer(own)).orElse(filter);
    List<Ticket> page = tickets.page(scoped, request);
    Map<String, NextDue> due =
        measurement.dueSoonest(page.stream().map(Ticket::id).toList(), clock.instant());
    return Page.of(page, request, tickets.count(scoped)).map(t -> new Listed(t, due.get(t.id())));
  }

  /**
   * The customer's tickets resolved or closed with their last event recorded in {@code [from,
   * until)}, the latest first, at most {@code limit} (1 to 500): a month's closed tickets.
   *
   * @throws org.accordo.app.customers.CustomerNotVisible when the caller may not see the customer
   */
  @Transactional(readOnly = true)
  public List<Ticket> closedBetween(
      Caller caller, String customerId, Instant from, Instant until, int limit) {
    customers.visible(caller, customerId);
    if (limit < 1 || limit > 500) {
      throw new IllegalArgumentException("a limit is 1 to 500, was " + limit);
    }
    return tickets.closedBetween(customerId, from, until, limit);
  }

  /**
   * The ticket a customer knows by the id of another PSA.
   *
   * @throws TicketNotVisible when there is none or the caller may not see the customer
   */
  @Transactional(readOnly = true)
  public Ticket byExternalId(Caller caller, String customerId, String externalId) {
    customers.visible(caller, customerId);
    return tickets
        .findByExternalId(customerId, externalId)
        .orElseThrow(() -> TicketNotVisible.withExternalId(customerId, externalId));
  }

  /**
   * The ticket if the caller may see it; another customer's ticket is "not found", like a missing
   * one.
   */
  Ticket visible(Caller caller, String id) {
    return tickets
        .find(id)
        .filter(t -> caller.sees(t.customerId()))
        .orElseThrow(() -> TicketNotVisible.withId(id));
  }

  static void requireNotInFuture(Instant at, Instant now, String field) {
    if (at.isAfter(now.plus(MAX_FUTURE))) {
      throw new InvalidField(
          field, at + " is more than 5 minutes after the server's clock (" + now + ")");
    }
  }
}
