package org.accordo.app.justifications;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.accordo.app.audit.AuditLog;
import org.accordo.app.clocks.StoredClock;
import org.accordo.app.clocks.TicketClocks;
import org.accordo.app.customers.CustomerService;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.security.Caller;
import org.accordo.app.security.Role;
import org.accordo.app.tickets.EventService;
import org.accordo.app.tickets.NewEvent;
import org.accordo.app.tickets.Ticket;
import org.accordo.app.tickets.TicketService;
import org.accordo.app.web.Page;
import org.accordo.app.web.PageRequest;
import org.accordo.core.clock.ClockState;
import org.accordo.core.policy.Metric;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The facade of breach justification: an agent (or an admin) asks, an admin who did not ask
 * decides. An approval appends the {@code excluded} event in the decision's transaction, so the
 * clocks are recomputed and the decision stored together, or neither.
 */
@Service
public class Justifications {

  private final JustificationRepository rows;
  private final TicketService tickets;
  private final TicketClocks clocks;
  private final EventService events;
  private final CustomerService customers;
  private final AuditLog audit;
  private final JsonMapper json;
  private final Clock clock;

  Justifications(
      JustificationRepository rows,
      TicketService tickets,
      TicketClocks clocks,
      EventService events,
      CustomerService customers,
      AuditLog audit,
      JsonMapper json,
      Clock clock) {
    this.json = json;
    this.rows = rows;
    this.tickets = tickets;
    this.clocks = clocks;
    this.events = events;
    this.customers = customers;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * What an agent asks for.
   *
   * @param cycle the clock's cycle, or null for the metric's latest
   * @param excludedFrom start of the interval to take out, inclusive
   * @param excludedTo its end, exclusive
   */
  public record Asking(
      String ticketId,
      Metric metric,
      Integer cycle,
      ReasonCode reason,
      String evidence,
      Instant excludedFrom,
      Instant excludedTo) {
    public Asking {
      Objects.requireNonNull(ticketId, "ticketId");
      Objects.requireNonNull(metric, "metric");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(evidence, "evidence");
      Objects.requireNonNull(excludedFrom, "excludedFrom");
      Objects.requireNonNull(excludedTo, "excludedTo");
    }
  }

  /**
   * Records a request to excuse a breached or at-risk clock.
   *
   * @throws org.accordo.app.security.RoleNotPermitted for a customer token
   * @throws org.accordo.app.tickets.TicketNotVisible when the ticket is missing
   * @throws InvalidField naming {@code metric} or {@code cycle} when the ticket has no such clock,
   *     {@code to} when the interval does not end after it starts
   * @throws ClockNotExcusable when the clock neither breached nor crossed a threshold
   */
  @Transactional
  public Justification ask(Caller caller, Asking asking) {
    caller.requireRole(Role.ADMIN, Role.AGENT);
    Ticket ticket = tickets.get(caller, asking.ticketId()).ticket();
    if (!asking.excludedTo().isAfter(asking.excludedFrom())) {
      throw new InvalidField("to", "must be after from (" + asking.excludedFrom() + ")");
    }
    StoredClock excused = excusable(asking);
    Justification asked =
        new Justification(
            UUID.randomUUID().toString(),
            ticket.customerId(),
            ticket.id(),
            asking.metric(),
            excused.cycle(),
            asking.reason(),
            asking.evidence(),
            asking.excludedFrom(),
            asking.excludedTo(),
            JustificationState.REQUESTED,
            caller.tokenId(),
            clock.instant().truncatedTo(ChronoUnit.MICROS),
            null,
            null,
            null,
            null);
    rows.insert(asked);
    audit.record(
        caller,
        "justification.requested",
        "justification",
        asked.id(),
        asked.customerId(),
        asked.reason()
            + " for "
            + asked.metric()
            + " cycle "
            + asked.cycle()
            + " of ticket "
            + asked.ticketId());
    return asked;
  }

  /**
   * Approves a request: appends the {@code excluded} event (the reason code, the evidence and the
   * approver in its reason) for the clock's metric, which recomputes the ticket's clocks.
   *
   * @param note the admin's note, or null
   * @throws org.accordo.app.security.RoleNotPermitted unless an admin token
   * @throws SameApprover when the admin asked for it
   * @throws JustificationDecided when it is decided already
   */
  @Transactional
  public Justification approve(Caller caller, String id, String note) {
    Justification asked = decidable(caller, id);
    String reason =
        asked.reason().id()
            + ": "
            + asked.evidence()
            + " (justification "
            + asked.id()
            + ", approved by "
            + caller.tokenId()
            + ")";
    NewEvent excluded =
        new NewEvent(
            "excluded",
            null,
            null,
            null,
            null,
            asked.excludedFrom().toString(),
            asked.excludedTo().toString(),
            reason,
            List.of(asked.metric().id()));
    String eventId =
        events
            .append(caller, asked.ticketId(), "justification-" + asked.id(), excluded)
            .event()
            .id();
    return decide(
        caller, asked.decided(JustificationState.APPROVED, caller.tokenId(), now(), note, eventId));
  }

  /**
   * Rejects a request: nothing changes on the ticket.
   *
   * @param note why, required
   * @throws org.accordo.app.security.RoleNotPermitted unless an admin token
   * @throws SameApprover when the admin asked for it
   * @throws JustificationDecided when it is decided already
   */
  @Transactional
  public Justification reject(Caller caller, String id, String note) {
    Objects.requireNonNull(note, "note");
    Justification asked = decidable(caller, id);
    return decide(
        caller, asked.decided(JustificationState.REJECTED, caller.tokenId(), now(), note, null));
  }

  /** A request the caller may see. */
  @Transactional(readOnly = true)
  public Justification get(Caller caller, String id) {
    return rows.find(id)
        .filter(j -> caller.sees(j.customerId()))
        .orElseThrow(() -> new JustificationNotVisible(id));
  }

  /** A page of the requests the caller may see, newest first by default. */
  @Transactional(readOnly = true)
  public Page<Justification> page(
      Caller caller, JustificationRepository.Filter filter, PageRequest request) {
    if (filter.customerId() != null) {
      customers.visible(caller, filter.customerId());
    }
    JustificationRepository.Filter scoped =
        caller
            .customerScope()
            .map(own -> new JustificationRepository.Filter(own, filter.ticketId(), filter.state()))
            .orElse(filter);
    return Page.of(rows.page(scoped, request), request, rows.count(scoped));
  }

  /**
   * The requests about one ticket the caller may see, newest first (at most a page's worth: a
   * ticket has a handful of clocks).
   *
   * @throws org.accordo.app.tickets.TicketNotVisible when the ticket is missing or not the caller's
   */
  @Transactional(readOnly = true)
  public List<Justification> ofTicket(Caller caller, String ticketId) {
    tickets.get(caller, ticketId);
    return page(
            caller,
            new JustificationRepository.Filter(null, ticketId, null),
            PageRequest.of(
                0,
                PageRequest.MAX_SIZE,
                "-asked_at",
                JustificationRepository.SORTS.keySet(),
                "-asked_at"))
        .items();
  }

  private Justification decidable(Caller caller, String id) {
    caller.requireRole(Role.ADMIN);
    Justification asked =
        rows.lock(id)
            .filter(j -> caller.sees(j.customerId()))
            .orElseThrow(() -> new JustificationNotVisible(id));
    if (asked.state() != JustificationState.REQUESTED) {
      throw new JustificationDecided(asked);
    }
    if (asked.askedBy().equals(caller.tokenId())) {
      throw new SameApprover();
    }
    return asked;
  }

  private Justification decide(Caller caller, Justification decided) {
    if (!rows.decide(decided)) {
      throw new JustificationDecided(rows.find(decided.id()).orElseThrow());
    }
    audit.record(
        caller,
        "justification." + decided.state().id(),
        "justification",
        decided.id(),
        decided.customerId(),
        decided.state()
            + " by "
            + caller.tokenId()
            + (decided.eventId() == null ? "" : ", excluded event " + decided.eventId()));
    return decided;
  }

  /** The clock asked about, if it breached or crossed an escalation threshold. */
  private StoredClock excusable(Asking asking) {
    List<StoredClock> ofMetric =
        clocks.clocks(asking.ticketId()).stream()
            .filter(c -> c.metric() == asking.metric())
            .sorted(Comparator.comparingInt(StoredClock::cycle))
            .toList();
    if (ofMetric.isEmpty()) {
      throw new InvalidField(
          "metric", "ticket '" + asking.ticketId() + "' has no " + asking.metric() + " clock");
    }
    StoredClock chosen =
        asking.cycle() == null
            ? ofMetric.get(ofMetric.size() - 1)
            : ofMetric.stream()
                .filter(c -> c.cycle() == asking.cycle())
                .findFirst()
                .orElseThrow(
                    () ->
                        new InvalidField(
                            "cycle",
                            "ticket '"
                                + asking.ticketId()
                                + "' has no "
                                + asking.metric()
                                + " cycle "
                                + asking.cycle()));
    boolean atRisk =
        json.readTree(chosen.escalationsJson())
            .valueStream()
            .anyMatch(crossing -> crossing.path("crossed_at").isString());
    if (chosen.state() != ClockState.BREACHED && !atRisk) {
      throw new ClockNotExcusable(
          asking.ticketId(), asking.metric().id(), chosen.cycle(), chosen.state().toString());
    }
    return chosen;
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
