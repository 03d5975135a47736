package org.accordo.app.tickets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/tickets}: create, and list with filters. A ticket with its clocks ({@code GET
 * /api/v1/tickets/{id}}) is the clocks module's to answer.
 */
@Tag(name = "Tickets", description = "Tickets and their live SLA clocks")
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
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "bianchi") String customerId,
      @Schema(
              description = "The ticket's number in another PSA, unique per customer",
              maxLength = 200,
              example = "PSA-1001")
          String externalId,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 500, example = "VPN down")
          String subject,
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              description = "A priority id of the customer's contract in force",
              example = "P2")
          String priority,
      @Schema(
              description = "The contract service it concerns: chooses the SLA",
              example = "service-desk")
          String service,
      @Schema(
              format = "date-time",
              description =
                  "When it opened (default: now; at most 5 minutes ahead of the server's clock)."
                      + " Staff only: a customer token that sends it is refused with 403")
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

  @Operation(
      operationId = "createTicket",
      summary = "Open a ticket; a customer token's opens now, for its own customer")
  @ApiResponse(responseCode = "403", description = "A customer token sent opened_at (field)")
  @ApiResponse(
      responseCode = "404",
      description = "No such customer, or another customer's (the same answer)")
  @ApiResponse(
      responseCode = "409",
      description = "The customer has a ticket with this external_id")
  @PostMapping("/api/v1/tickets")
  @ResponseStatus(HttpStatus.CREATED)
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

  @Operation(
      operationId = "listTickets",
      summary = "List tickets with their clock due soonest; filter at-risk and breached ones")
  @GetMapping("/api/v1/tickets")
  Page<TicketListItem> list(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(name = "customer_id", required = false) String customerId,
      @Parameter(
              schema =
                  @Schema(
                      allowableValues = {
                        "new",
                        "open",
                        "in_progress",
                        "waiting_customer",
                        "waiting_third_party",
                        "on_hold",
                        "resolved",
                        "closed"
                      }))
          @RequestParam(required = false)
          String status,
      @RequestParam(required = false) String priority,
      @RequestParam(name = "external_id", required = false) String externalId,
      @Parameter(
              description = "Tickets with a running clock due within this many minutes of now",
              schema = @Schema(minimum = "0", maximum = "10080"))
          @RequestParam(name = "at_risk_within_minutes", required = false)
          @Min(0)
          @Max(MAX_AT_RISK_MINUTES)
          Integer atRiskWithinMinutes,
      @Parameter(
              description = "true: tickets with a breached clock; false: tickets without one",
              schema = @Schema(allowableValues = {"true", "false"}))
          @RequestParam(required = false)
          String breached,
      @RequestParam(required = false) @Min(0) @Max(PageRequest.MAX_PAGE) Integer page,
      @RequestParam(required = false) @Min(1) @Max(PageRequest.MAX_SIZE) Integer size,
      @Parameter(
              description =
                  "due_at: the due instant of next_due, tickets without a running clock last",
              schema =
                  @Schema(
                      allowableValues = {
                        "opened_at",
                        "-opened_at",
                        "updated_at",
                        "-updated_at",
                        "priority",
                        "-priority",
                        "due_at",
                        "-due_at"
                      },
                      defaultValue = "-opened_at"))
          @RequestParam(required = false)
          String sort) {
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
    return tickets.page(caller, filter, request).map(TicketListItem::of);
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
