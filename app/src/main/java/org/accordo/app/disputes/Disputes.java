package org.accordo.app.disputes;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.accordo.app.audit.AuditLog;
import org.accordo.app.clocks.TicketClocks;
import org.accordo.app.customers.CustomerService;
import org.accordo.app.outages.Outages;
import org.accordo.app.outages.RecordedOutage;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.security.Caller;
import org.accordo.app.security.Role;
import org.accordo.app.statements.Credits;
import org.accordo.app.tickets.EventService;
import org.accordo.app.tickets.NewEvent;
import org.accordo.app.tickets.Ticket;
import org.accordo.app.tickets.TicketService;
import org.accordo.app.web.Page;
import org.accordo.app.web.PageRequest;
import org.accordo.core.policy.Metric;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facade of breach disputes: a customer contests a clock, an outage or a credit line; the
 * customer and staff write a thread on it (staff may add internal notes); an admin accepts it,
 * taking the correcting action in the same transaction (an {@code excluded} event through the
 * tickets module, an outage reclassified through the outages module; either reaches a closed month
 * as a late change, which the statements module amends), or rejects it with a reason.
 */
@Service
public class Disputes {

  private final DisputeRepository rows;
  private final TicketService tickets;
  private final TicketClocks clocks;
  private final EventService events;
  private final Outages outages;
  private final Credits credits;
  private final CustomerService customers;
  private final DisputeNotices notices;
  private final AuditLog audit;
  private final Clock clock;

  Disputes(
      DisputeRepository rows,
      TicketService tickets,
      TicketClocks clocks,
      EventService events,
      Outages outages,
      Credits credits,
      CustomerService customers,
      DisputeNotices notices,
      AuditLog audit,
      Clock clock) {
    this.rows = rows;
    this.tickets = tickets;
    this.clocks = clocks;
    this.events = events;
    this.outages = outages;
    this.credits = credits;
    this.customers = customers;
    this.notices = notices;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * What a customer contests: exactly the fields of its subject.
   *
   * @param ticketId with {@code metric}, for a clock
   * @param outageId for an outage
   * @param creditLineId for a credit line
   */
  public record Opening(
      DisputeSubject subject,
      String ticketId,
      Metric metric,
      String outageId,
      String creditLineId,
      String text) {
    public Opening {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(text, "text");
    }
  }

  /** A dispute with the thread its reader may see. */
  public record WithThread(Dispute dispute, List<DisputeMessage> messages) {}

  /**
   * Opens a dispute, and tells the MSP (the contract's provider contact) through the outbox.
   *
   * @throws CustomersOnly unless a customer's token or user
   * @throws InvalidField naming the subject's field when it is missing, or {@code metric} when the
   *     ticket has no such clock
   */
  @Transactional
  public Dispute open(Caller caller, Opening opening) {
    String customerId = caller.customerScope().orElseThrow(CustomersOnly::new);
    checkSubject(caller, customerId, opening);
    Dispute opened =
        new Dispute(
            UUID.randomUUID().toString(),
            customerId,
            opening.subject(),
            opening.subject() == DisputeSubject.CLOCK ? opening.ticketId() : null,
            opening.subject() == DisputeSubject.CLOCK ? opening.metric() : null,
            opening.subject() == DisputeSubject.OUTAGE ? opening.outageId() : null,
            opening.subject() == DisputeSubject.CREDIT_LINE ? opening.creditLineId() : null,
            opening.text(),
            DisputeState.OPEN,
            caller.tokenId(),
            now(),
            null,
            null,
            null,
            null);
    rows.insert(opened);
    audit.record(
        caller, "dispute.opened", "dispute", opened.id(), customerId, "of " + opened.what());
    notices.opened(opened);
    return opened;
  }

  /**
   * Adds a message to an open dispute's thread.
   *
   * @param internal a staff note the customer never reads
   * @throws org.accordo.app.security.RoleNotPermitted for an internal note by a customer
   * @throws DisputeDecided once the dispute is decided
   */
  @Transactional
  public DisputeMessage write(Caller caller, String id, String text, boolean internal) {
    Dispute dispute = locked(caller, id);
    boolean byStaff = caller.customerScope().isEmpty();
    if (internal) {
      caller.requireRole(Role.ADMIN, Role.AGENT);
    }
    if (dispute.state() != DisputeState.OPEN) {
      throw new DisputeDecided(dispute);
    }
    DisputeMessage written =
        rows.append(
            new DisputeMessage(
                id, 1, dispute.customerId(), caller.tokenId(), byStaff, internal, text, now()));
    audit.record(
        caller,
        internal ? "dispute.noted" : "dispute.message",
        "dispute",
        id,
        dispute.customerId(),
        "message " + written.seq());
    return written;
  }

  /**
   * Accepts a dispute: takes the correcting action, then records the decision and tells the
   * customer's contact.
   *
   * @param note the admin's note, or null
   * @throws org.accordo.app.security.RoleNotPermitted unless an admin
   * @throws DisputeDecided when it is decided already
   * @throws InvalidField naming the correction's field that is missing or wrong
   */
  @Transactional
  public Dispute accept(Caller caller, String id, Correction correction, String note) {
    Dispute open = decidable(caller, id);
    String action = correct(caller, open, correction, note);
    return decide(
        caller, open.decided(DisputeState.ACCEPTED, caller.tokenId(), now(), note, action));
  }

  /**
   * Rejects a dispute with a reason: nothing else changes.
   *
   * @throws org.accordo.app.security.RoleNotPermitted unless an admin
   * @throws DisputeDecided when it is decided already
   */
  @Transactional
  public Dispute reject(Caller caller, String id, String reason) {
    Objects.requireNonNull(reason, "reason");
    Dispute open = decidable(caller, id);
    return decide(
        caller, open.decided(DisputeState.REJECTED, caller.tokenId(), now(), reason, null));
  }

  /** A dispute the caller may see, with its thread (internal notes for staff only). */
  @Transactional(readOnly = true)
  public WithThread get(Caller caller, String id) {
    Dispute dispute = visible(caller, id);
    return new WithThread(dispute, rows.messages(id, caller.customerScope().isEmpty()));
  }

  /** A page of the disputes the caller may see, newest first by default. */
  @Transactional(readOnly = true)
  public Page<Dispute> page(Caller caller, DisputeRepository.Filter filter, PageRequest request) {
    if (filter.customerId() != null) {
      customers.visible(caller, filter.customerId());
    }
    DisputeRepository.Filter scoped =
        caller
            .customerScope()
            .map(
                own ->
                    new DisputeRepository.Filter(
                        own, filter.state(), filter.from(), filter.until()))
            .orElse(filter);
    return Page.of(rows.page(scoped, request), request, rows.count(scoped));
  }

  private void checkSubject(Caller caller, String customerId, Opening opening) {
    switch (opening.subject()) {
      case CLOCK -> checkClock(caller, opening);
      case OUTAGE -> outages.get(caller, customerId, present(opening.outageId(), "outage_id"));
      case CREDIT_LINE ->
          credits.line(caller, customerId, present(opening.creditLineId(), "credit_line_id"));
    }
  }

  private void checkClock(Caller caller, Opening opening) {
    String ticketId = present(opening.ticketId(), "ticket_id");
    Metric metric = present(opening.metric(), "metric");
    tickets.get(caller, ticketId);
    if (clocks.clocks(ticketId).stream().noneMatch(c -> c.metric() == metric)) {
      throw new InvalidField("metric", "ticket '" + ticketId + "' has no " + metric + " clock");
    }
  }

  private static <T> T present(T value, String field) {
    if (value == null) {
      throw new InvalidField(field, "is required to dispute this subject");
    }
    return value;
  }

  /** Takes the correcting action; answers it in words. */
  private String correct(Caller caller, Dispute open, Correction correction, String note) {
    String why = "dispute " + open.id() + " accepted" + (note == null ? "" : ": " + note);
    boolean reclassify =
        open.subject() == DisputeSubject.OUTAGE
            || (open.subject() == DisputeSubject.CREDIT_LINE && correction.reclassifies());
    return reclassify
        ? reclassify(caller, open, correction.reclassification(open), why)
        : exclude(caller, open, correction.exclusion(open), why);
  }

  private String exclude(Caller caller, Dispute open, Correction.Exclusion exclusion, String why) {
    Ticket ticket = tickets.get(caller, exclusion.ticketId()).ticket();
    if (!ticket.customerId().equals(open.customerId())) {
      throw new InvalidField(
          "correction.ticket_id", "is not a ticket of customer " + open.customerId());
    }
    NewEvent excluded =
        new NewEvent(
            "excluded",
            null,
            null,
            null,
            null,
            exclusion.from().toString(),
            exclusion.to().toString(),
            why,
            List.of(exclusion.metric().id()));
    String eventId =
        events.append(caller, ticket.id(), "dispute-" + open.id(), excluded).event().id();
    return "excluded event "
        + eventId
        + " on ticket "
        + ticket.id()
        + " for "
        + exclusion.metric().id()
        + " from "
        + exclusion.from()
        + " to "
        + exclusion.to();
  }

  private String reclassify(
      Caller caller, Dispute open, Correction.Reclassification change, String why) {
    RecordedOutage outage =
        outages.reclassify(caller, open.customerId(), change.outageId(), change.cause(), why);
    return "outage " + outage.id() + " reclassified to " + change.cause().id();
  }

  private Dispute decidable(Caller caller, String id) {
    Dispute dispute = locked(caller, id);
    caller.requireRole(Role.ADMIN);
    if (dispute.state() != DisputeState.OPEN) {
      throw new DisputeDecided(dispute);
    }
    return dispute;
  }

  private Dispute decide(Caller caller, Dispute decided) {
    if (!rows.decide(decided)) {
      throw new DisputeDecided(rows.find(decided.id()).orElseThrow());
    }
    audit.record(
        caller,
        "dispute." + decided.state().id(),
        "dispute",
        decided.id(),
        decided.customerId(),
        decided.state()
            + " by "
            + caller.tokenId()
            + (decided.correction() == null ? "" : ": " + decided.correction()));
    notices.decided(decided);
    return decided;
  }

  private Dispute visible(Caller caller, String id) {
    return rows.find(id)
        .filter(d -> caller.sees(d.customerId()))
        .orElseThrow(() -> new DisputeNotVisible(id));
  }

  private Dispute locked(Caller caller, String id) {
    return rows.lock(id)
        .filter(d -> caller.sees(d.customerId()))
        .orElseThrow(() -> new DisputeNotVisible(id));
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
