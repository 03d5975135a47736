package org.accordo.app.rca;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.accordo.app.audit.AuditLog;
import org.accordo.app.customers.Customer;
import org.accordo.app.customers.CustomerService;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.security.Caller;
import org.accordo.app.security.Role;
import org.accordo.app.tickets.Ticket;
import org.accordo.app.tickets.TicketNames;
import org.accordo.app.tickets.TicketService;
import org.accordo.app.web.Page;
import org.accordo.app.web.PageRequest;
import org.accordo.core.contract.DocumentLanguage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facade of root cause analyses: staff write a draft and deliver it (which stops its clock);
 * the customer accepts or disputes a delivered one. Every read is scoped by customer, and a
 * customer never sees the internal notes.
 */
@Service
public class Rcas {

  private final RcaRepository rows;
  private final TicketService tickets;
  private final TicketNames names;
  private final CustomerService customers;
  private final RcaMessages messages;
  private final AuditLog audit;
  private final Clock clock;

  Rcas(
      RcaRepository rows,
      TicketService tickets,
      TicketNames names,
      CustomerService customers,
      RcaMessages messages,
      AuditLog audit,
      Clock clock) {
    this.rows = rows;
    this.tickets = tickets;
    this.names = names;
    this.customers = customers;
    this.messages = messages;
    this.audit = audit;
    this.clock = clock;
  }

  /** An RCA with its clock's thresholds, as the caller may see it. */
  public record Seen(Rca rca, List<RcaThreshold> thresholds) {
    public Seen {
      Objects.requireNonNull(rca, "rca");
      thresholds = List.copyOf(thresholds);
    }
  }

  /** What staff write: the record as a whole. */
  public record Draft(String summary, String rootCause, RcaBody body) {
    public Draft {
      Objects.requireNonNull(body, "body");
    }
  }

  /** The customer's answer to a delivered RCA. */
  public record Answer(RcaState outcome, String reason) {
    public Answer {
      Objects.requireNonNull(outcome, "outcome");
    }
  }

  @Transactional(readOnly = true)
  public Seen get(Caller caller, String id) {
    Rca rca =
        rows.find(id)
            .filter(r -> caller.sees(r.customerId()))
            .orElseThrow(() -> new RcaNotVisible(id));
    return new Seen(scoped(caller, rca), rows.thresholds(id));
  }

  /** A page of the RCAs the caller may see, soonest due first by default. */
  @Transactional(readOnly = true)
  public Page<Rca> page(Caller caller, RcaRepository.Filter filter, PageRequest request) {
    if (filter.customerId() != null) {
      customers.visible(caller, filter.customerId());
    }
    RcaRepository.Filter scoped =
        caller
            .customerScope()
            .map(own -> new RcaRepository.Filter(own, filter.state(), filter.dueBefore()))
            .orElse(filter);
    return Page.of(rows.page(scoped, request), request, rows.count(scoped))
        .map(r -> scoped(caller, r));
  }

  /**
   * The RCAs still owed (drafts) the caller may see, due soonest first, each with the instant of
   * its first escalation threshold: the SLA board's rows. Two queries, however many RCAs exist.
   */
  @Transactional(readOnly = true)
  public List<OpenRca> open(Caller caller, OpenRca.Filter filter) {
    OpenRca.Filter scoped =
        caller
            .customerScope()
            .map(
                own ->
                    new OpenRca.Filter(own, filter.priority(), filter.dueBefore(), filter.limit()))
            .orElse(filter);
    List<Rca> open = rows.open(scoped);
    Map<String, Instant> first = rows.firstThresholds(open.stream().map(Rca::id).toList());
    return open.stream().map(r -> new OpenRca(scoped(caller, r), first.get(r.id()))).toList();
  }

  /** The customer's RCAs as the caller may see them, soonest due first (at most 100). */
  @Transactional(readOnly = true)
  public List<Rca> ofCustomer(Caller caller, String customerId) {
    return page(
            caller,
            new RcaRepository.Filter(customerId, null, null),
            PageRequest.of(
                0, PageRequest.MAX_SIZE, "due_at", RcaRepository.SORTS.keySet(), "due_at"))
        .items();
  }

  /**
   * Replaces the record of a draft (staff).
   *
   * @throws RcaTransitionRefused unless a draft
   */
  @Transactional
  public Seen write(Caller caller, String id, Draft draft) {
    caller.requireRole(Role.ADMIN, Role.AGENT);
    Rca rca = locked(caller, id);
    requireState(rca, "change its record", RcaState.DRAFT);
    Rca written = with(rca, rca.state(), null, draft, null);
    rows.update(written);
    audit.record(caller, "rca.written", "rca", id, rca.customerId(), null);
    return new Seen(written, rows.thresholds(id));
  }

  /**
   * Adds a ticket of the same customer to a draft: one problem, many incidents (staff).
   *
   * @throws TicketCovered when another RCA (or this one) covers the ticket
   */
  @Transactional
  public Seen addTicket(Caller caller, String id, String ticketId) {
    caller.requireRole(Role.ADMIN, Role.AGENT);
    Rca rca = locked(caller, id);
    requireState(rca, "add a ticket", RcaState.DRAFT);
    Ticket ticket = tickets.get(caller, ticketId).ticket();
    if (!ticket.customerId().equals(rca.customerId())) {
      throw new InvalidField("ticket_id", "ticket '" + ticketId + "' is another customer's");
    }
    rows.covering(ticketId)
        .ifPresent(
            other -> {
              throw new TicketCovered(ticketId, other);
            });
    rows.addTicket(rca, ticketId);
    audit.record(caller, "rca.ticket_added", "rca", id, rca.customerId(), ticketId);
    return get(caller, id);
  }

  /**
   * Delivers a draft to the customer: its clock stops (thresholds not yet passed are dropped).
   *
   * @throws InvalidField naming {@code summary} or {@code root_cause} while unwritten
   * @throws RcaTransitionRefused unless a draft
   */
  @Transactional
  public Seen deliver(Caller caller, String id) {
    caller.requireRole(Role.ADMIN, Role.AGENT);
    Rca rca = locked(caller, id);
    requireState(rca, "deliver it", RcaState.DRAFT);
    if (rca.summary() == null) {
      throw new InvalidField("summary", "an RCA is delivered with its summary written");
    }
    if (rca.rootCause() == null) {
      throw new InvalidField("root_cause", "an RCA is delivered with its root cause written");
    }
    Rca delivered =
        with(
            rca,
            RcaState.DELIVERED,
            now(),
            new Draft(rca.summary(), rca.rootCause(), rca.body()),
            null);
    rows.update(delivered);
    rows.stop(id);
    audit.record(
        caller,
        "rca.delivered",
        "rca",
        id,
        rca.customerId(),
        delivered.breachedAt(delivered.deliveredAt()) == null ? "on time" : "late");
    messages.delivered(delivered);
    return new Seen(delivered, rows.thresholds(id));
  }

  /**
   * The customer accepts or disputes a delivered RCA (its own customer's token only).
   *
   * @throws org.accordo.app.security.RoleNotPermitted for staff: the answer is the customer's
   * @throws RcaTransitionRefused unless delivered
   */
  @Transactional
  public Seen answer(Caller caller, String id, Answer answer) {
    caller.requireRole(Role.CUSTOMER);
    Rca rca = locked(caller, id);
    requireState(
        rca,
        answer.outcome() == RcaState.ACCEPTED ? "accept it" : "dispute it",
        RcaState.DELIVERED);
    Rca answered =
        new Rca(
            rca.id(),
            rca.customerId(),
            answer.outcome(),
            rca.openedBy(),
            rca.priority(),
            rca.calendar(),
            rca.openedAt(),
            rca.dueAt(),
            rca.deliveredAt(),
            now(),
            rca.summary(),
            rca.rootCause(),
            rca.body(),
            answer.reason(),
            rca.tickets());
    rows.update(answered);
    audit.record(
        caller, "rca." + answer.outcome().id(), "rca", id, rca.customerId(), answer.reason());
    return new Seen(scoped(caller, answered), rows.thresholds(id));
  }

  /** The formats of the RCA document. */
  public enum Format {
    HTML,
    PDF
  }

  /** The RCA as the document delivered to the customer (never with the internal notes). */
  @Transactional(readOnly = true)
  public byte[] document(Caller caller, String id, DocumentLanguage language, Format format) {
    RcaDocument.Subject subject = subject(caller, id);
    return format == Format.PDF
        ? RcaDocument.pdf(subject, language)
        : RcaDocument.html(subject, language).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The body of the RCA's document as HTML for a page of the web application (the documents' writer
   * escapes every text; never with the internal notes).
   */
  @Transactional(readOnly = true)
  public String documentBody(Caller caller, String id, DocumentLanguage language) {
    return RcaDocument.body(subject(caller, id), language);
  }

  private RcaDocument.Subject subject(Caller caller, String id) {
    Rca rca = get(caller, id).rca();
    Customer customer = customers.visible(caller, rca.customerId());
    Map<String, TicketNames.TicketName> named = names.of(rca.tickets());
    return new RcaDocument.Subject(
        rca,
        customer.name(),
        customer.timeZone(),
        rca.tickets().stream().map(t -> ticketName(t, named.get(t))).toList());
  }

  /** {@code INC-4711 · VPN down}, the subject alone without a PSA number, or the id. */
  static String ticketName(String id, TicketNames.TicketName name) {
    if (name == null) {
      return id;
    }
    return name.externalId() == null ? name.subject() : name.externalId() + " · " + name.subject();
  }

  private Rca locked(Caller caller, String id) {
    return rows.lock(id)
        .filter(r -> caller.sees(r.customerId()))
        .orElseThrow(() -> new RcaNotVisible(id));
  }

  private static void requireState(Rca rca, String change, RcaState needed) {
    if (rca.state() != needed) {
      throw new RcaTransitionRefused(rca, change, needed);
    }
  }

  private static Rca with(
      Rca rca, RcaState state, Instant deliveredAt, Draft draft, String answer) {
    return new Rca(
        rca.id(),
        rca.customerId(),
        state,
        rca.openedBy(),
        rca.priority(),
        rca.calendar(),
        rca.openedAt(),
        rca.dueAt(),
        deliveredAt == null ? rca.deliveredAt() : deliveredAt,
        rca.answeredAt(),
        draft.summary(),
        draft.rootCause(),
        draft.body(),
        answer == null ? rca.answer() : answer,
        new ArrayList<>(rca.tickets()));
  }

  /** The RCA as the caller may see it: a customer without the internal notes. */
  private static Rca scoped(Caller caller, Rca rca) {
    if (caller.role() != Role.CUSTOMER) {
      return rca;
    }
    return with(
        rca,
        rca.state(),
        null,
        new Draft(rca.summary(), rca.rootCause(), rca.body().forCustomer()),
        null);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
