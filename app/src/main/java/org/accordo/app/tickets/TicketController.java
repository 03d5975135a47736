package org.accordo.app.tickets;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.security.Caller;
import org.accordo.app.web.Page;
import org.accordo.app.web.PageRequest;
import org.accordo.app.web.Require;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/tickets}: create, and list with filters. A ticket with its clocks ({@code GET
 * /api/v1/tickets/{id}}) is the clocks module's to answer.
 */
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
      @RequestParam(name = "at_risk_within_minutes", required = false)
          @Min(0)
          @Max(MAX_AT_RISK_MINUTES)
          Integer atRiskWithinMinutes,
      @RequestParam(required = false) String breached,
      @RequestParam(required = false) @Min(0) @Max(PageRequest.MAX_PAGE) Integer page,
      @RequestParam(required = false) @Min(1) @Max(PageRequest.MAX_SIZE) Integer size,
      @RequestParam(required = false) String sort) {
    TicketRepository.Filter filter =
        new TicketRepository.Filter(
            customerId == null ? null : Require.id(customerId, "customer_id"),
            status == null ? null : TicketValues.status(status, "status"),
            priority == null ? null : TicketValues.priority(priority, "priority"),
            Require.optionalText(externalId, "external_id", 200),
            atRiskWithinMinutes == null
                ? null
                : clock.instant().plus(Duration.ofMinutes(atRiskWithinMinutes)),
            breached == null ? null : bool(breached, "breached"));
    PageRequest request =
        PageRequest.of(page, size, sort, TicketRepository.SORTS.keySet(), "-opened_at");
    return tickets.page(caller, filter, request).map(TicketView::of);
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
