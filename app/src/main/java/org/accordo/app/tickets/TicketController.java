package org.accordo.app.tickets;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.accordo.app.clocks.StoredClock;
import org.accordo.app.clocks.TicketSla;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.security.Caller;
import org.accordo.app.web.Page;
import org.accordo.app.web.PageRequest;
import org.accordo.app.web.Require;
import org.accordo.core.policy.Metric;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/tickets}: create, list with filters, read with events. */
@RestController
class TicketController {

  /** The widest at-risk window: a week. */
  static final int MAX_AT_RISK_MINUTES = 7 * 24 * 60;

  private final TicketService tickets;
  private final Clock clock;

  TicketController(TicketService tickets, Clock clock) {
    this.tickets = tickets;
    this.clock = clock;
  }

  /**
   * The body of a new ticket. {@code opened_at} (default: now) is the instant of its created event.
   */
  record NewTicket(
      String customerId,
      String externalId,
      String subject,
      String priority,
      String service,
      String openedAt) {
    NewTicket {
      customerId = Require.id(customerId, "customer_id");
      externalId = Require.optionalText(externalId, "external_id", 200);
      subject = Require.text(subject, "subject", 500);
      priority = TicketValues.priority(priority, "priority");
      service = TicketValues.service(service, "service");
      Require.optionalInstant(openedAt, "opened_at");
    }
  }

  /** A ticket as listed. */
  record TicketView(
      String id,
      String customerId,
      String externalId,
      String subject,
      String service,
      String priority,
      String status,
      Instant openedAt,
      Instant cancelledAt,
      Instant createdAt,
      Instant updatedAt) {
    static TicketView of(Ticket t) {
      return new TicketView(
          t.id(),
          t.customerId(),
          t.externalId(),
          t.subject(),
          t.service(),
          t.priority(),
          t.status().id(),
          t.openedAt(),
          t.cancelledAt(),
          t.createdAt(),
          t.updatedAt());
    }
  }

  /**
   * A ticket with its events (in the order they are folded), the SLA that measures it and its
   * clocks.
   */
  record TicketDetail(
      TicketView ticket, SlaView sla, List<ClockView> clocks, List<EventView> events) {}

  /** The contract version and SLA that measure a ticket. */
  record SlaView(int contractVersion, String slaId) {
    static SlaView of(TicketSla s) {
      return new SlaView(s.contractVersion(), s.slaId());
    }
  }

  /**
   * A clock as stored: the engine's numbers as of {@code computed_at}, with its escalations and
   * timeline.
   */
  record ClockView(
      String metric,
      int cycle,
      String priority,
      String calendar,
      String state,
      Instant startedAt,
      Instant stoppedAt,
      Instant dueAt,
      Instant breachedAt,
      long targetSeconds,
      long elapsedSeconds,
      long pausedSeconds,
      long remainingSeconds,
      Instant nextCheckAt,
      Instant computedAt,
      @JsonRawValue String escalations,
      @JsonRawValue String timeline) {
    static ClockView of(StoredClock c) {
      return new ClockView(
          c.metric(),
          c.cycle(),
          c.priority(),
          c.calendar(),
          c.state(),
          c.startedAt(),
          c.stoppedAt(),
          c.dueAt(),
          c.breachedAt(),
          c.targetSeconds(),
          c.elapsedSeconds(),
          c.pausedSeconds(),
          c.remainingSeconds(),
          c.nextCheckAt(),
          c.computedAt(),
          c.escalationsJson(),
          c.timelineJson());
    }
  }

  /** An event as the API shows it; fields that do not belong to its type are left out. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record EventView(
      String id,
      String ticketId,
      String type,
      Instant at,
      Instant recordedAt,
      String recordedBy,
      String priority,
      String status,
      @JsonProperty("public") Boolean isPublic,
      Instant from,
      Instant to,
      String reason,
      List<String> metrics) {
    static EventView of(TicketEvent e) {
      return new EventView(
          e.id(),
          e.ticketId(),
          e.type().id(),
          e.at(),
          e.recordedAt(),
          e.recordedBy(),
          e.priority(),
          e.status() == null ? null : e.status().id(),
          e.isPublic(),
          e.from(),
          e.to(),
          e.reason(),
          e.metrics().isEmpty() ? null : e.metrics().stream().map(Metric::id).toList());
    }
  }

  @PostMapping("/api/v1/tickets")
  ResponseEntity<TicketView> create(
      @AuthenticationPrincipal Caller caller, @RequestBody NewTicket request) {
    Ticket ticket =
        tickets.create(
            caller,
            new TicketService.Opening(
                request.customerId(),
                request.externalId(),
                request.subject(),
                request.priority(),
                request.service(),
                Require.optionalInstant(request.openedAt(), "opened_at")));
    return ResponseEntity.created(URI.create("/api/v1/tickets/" + ticket.id()))
        .body(TicketView.of(ticket));
  }

  @GetMapping("/api/v1/tickets")
  Page<TicketView> list(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(name = "customer_id", required = false) String customerId,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String priority,
      @RequestParam(name = "external_id", required = false) String externalId,
      @RequestParam(name = "at_risk_within_minutes", required = false) Integer atRiskWithinMinutes,
      @RequestParam(required = false) String breached,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort) {
    TicketRepository.Filter filter =
        new TicketRepository.Filter(
            customerId == null ? null : Require.id(customerId, "customer_id"),
            status == null ? null : TicketValues.status(status, "status"),
            priority == null ? null : TicketValues.priority(priority, "priority"),
            Require.optionalText(externalId, "external_id", 200),
            atRiskWithinMinutes == null
                ? null
                : clock.instant().plus(Duration.ofMinutes(atRisk(atRiskWithinMinutes))),
            breached == null ? null : bool(breached, "breached"));
    PageRequest request =
        PageRequest.of(page, size, sort, TicketRepository.SORTS.keySet(), "-opened_at");
    return tickets.page(caller, filter, request).map(TicketView::of);
  }

  @GetMapping("/api/v1/tickets/{id}")
  TicketDetail get(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    TicketService.TicketWithEvents found = tickets.get(caller, id);
    return new TicketDetail(
        TicketView.of(found.ticket()),
        found.sla().map(SlaView::of).orElse(null),
        found.clocks().stream().map(ClockView::of).toList(),
        found.events().stream().map(EventView::of).toList());
  }

  private static int atRisk(int minutes) {
    if (minutes < 0 || minutes > MAX_AT_RISK_MINUTES) {
      throw new InvalidField(
          "at_risk_within_minutes",
          "must be from 0 to " + MAX_AT_RISK_MINUTES + " (a week), was " + minutes);
    }
    return minutes;
  }

  private static Boolean bool(String value, String field) {
    return switch (value) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default ->
          throw new InvalidField(
              field, "must be true or false, was '" + TicketValues.printable(value) + "'");
    };
  }
}
