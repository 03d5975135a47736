package org.accordo.app.disputes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.security.Caller;
import org.accordo.app.web.Page;
import org.accordo.app.web.PageRequest;
import org.accordo.app.web.Require;
import org.accordo.core.availability.OutageCause;
import org.accordo.core.policy.Metric;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/disputes}: a customer disputes a clock, an outage or a credit line; the customer
 * and staff write its thread; an admin accepts (with the correcting action) or rejects it.
 */
@Tag(name = "Disputes", description = "Breach disputes: the customer contests a number")
@RestController
class DisputeController {

  /** The longest dispute text, message and decision note, in characters. */
  static final int TEXT_LENGTH = 2000;

  /** The longest note of an acceptance: it goes into the excluded event's reason. */
  static final int NOTE_LENGTH = 600;

  private final Disputes disputes;

  DisputeController(Disputes disputes) {
    this.disputes = disputes;
  }

  /** The body of {@code POST /api/v1/disputes}. */
  record NewDispute(
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              allowableValues = {"clock", "outage", "credit_line"})
          String subject,
      @Schema(description = "the ticket of a disputed clock") String ticketId,
      @Schema(
              description = "the metric of a disputed clock",
              allowableValues = {
                "first_response",
                "resolution_plan",
                "next_reply",
                "periodic_update",
                "resolution"
              })
          String metric,
      @Schema(description = "the disputed outage") String outageId,
      @Schema(description = "the disputed credit line") String creditLineId,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = TEXT_LENGTH) String text) {

    Disputes.Opening opening() {
      DisputeSubject kind =
          DisputeSubject.fromId(Require.present(subject, "subject"))
              .orElseThrow(
                  () -> new InvalidField("subject", "must be clock, outage or credit_line"));
      return new Disputes.Opening(
          kind,
          Require.optionalText(ticketId, "ticket_id", 40),
          metricOf(metric, "metric"),
          Require.optionalText(outageId, "outage_id", 40),
          Require.optionalText(creditLineId, "credit_line_id", 40),
          Require.text(text, "text", TEXT_LENGTH));
    }
  }

  /** The body of {@code POST /api/v1/disputes/{id}/messages}. */
  record NewMessage(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = TEXT_LENGTH) String text,
      @Schema(description = "a staff note the customer never reads (staff only); default false")
          Boolean internal) {}

  /** The correcting action of an acceptance (see docs/disputes.md). */
  record CorrectionBody(
      @Schema(description = "the ticket whose clock is excluded; default: the dispute's")
          String ticketId,
      @Schema(description = "the metric excluded; default: the dispute's") String metric,
      @Schema(format = "date-time", description = "start of the interval to exclude") String from,
      @Schema(format = "date-time", description = "its end") String to,
      @Schema(description = "the outage reclassified; default: the dispute's") String outageId,
      @Schema(description = "the outage's new cause") String cause) {

    Correction correction() {
      return new Correction(
          Require.optionalText(ticketId, "correction.ticket_id", 40),
          metricOf(metric, "correction.metric"),
          Require.optionalInstant(from, "correction.from"),
          Require.optionalInstant(to, "correction.to"),
          Require.optionalText(outageId, "correction.outage_id", 40),
          cause == null
              ? null
              : OutageCause.fromId(cause)
                  .orElseThrow(
                      () ->
                          new InvalidField(
                              "correction.cause", "must be one of " + OutageCause.ids())));
    }
  }

  /** The body of {@code POST /api/v1/disputes/{id}/decision}. */
  record NewDecision(
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              allowableValues = {"accepted", "rejected"})
          String outcome,
      @Schema(
              maxLength = TEXT_LENGTH,
              description =
                  "why; required for a rejection, optional for an acceptance (at most 600"
                      + " characters then)")
          String note,
      @Schema(description = "the correcting action, required for an acceptance")
          CorrectionBody correction) {}

  /** A message as the API shows it. */
  record MessageView(
      int seq, String author, boolean byStaff, boolean internal, String text, Instant writtenAt) {
    static MessageView of(DisputeMessage m) {
      return new MessageView(
          m.seq(), m.author(), m.byStaff(), m.internal(), m.text(), m.writtenAt());
    }
  }

  /** A dispute as the API shows it; {@code messages} only when one dispute is read. */
  record DisputeView(
      String id,
      String customerId,
      @Schema(allowableValues = {"clock", "outage", "credit_line"}) String subject,
      String ticketId,
      String metric,
      String outageId,
      String creditLineId,
      String text,
      @Schema(allowableValues = {"open", "accepted", "rejected"}) String state,
      String openedBy,
      Instant openedAt,
      String decidedBy,
      Instant decidedAt,
      String decisionNote,
      @Schema(description = "the correcting action an acceptance took, in words") String correction,
      List<MessageView> messages) {
    static DisputeView of(Dispute d, List<DisputeMessage> messages) {
      return new DisputeView(
          d.id(),
          d.customerId(),
          d.subject().id(),
          d.ticketId(),
          d.metric() == null ? null : d.metric().id(),
          d.outageId(),
          d.creditLineId(),
          d.text(),
          d.state().id(),
          d.openedBy(),
          d.openedAt(),
          d.decidedBy(),
          d.decidedAt(),
          d.decisionNote(),
          d.correction(),
          messages == null ? null : messages.stream().map(MessageView::of).toList());
    }
  }

  @Operation(
      operationId = "openDispute",
      summary = "Dispute a clock, an outage or a credit line (the customer)")
  @ApiResponse(responseCode = "403", description = "Not a customer's token or user")
  @PostMapping("/api/v1/disputes")
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<DisputeView> open(
      @AuthenticationPrincipal Caller caller, @RequestBody NewDispute request) {
    Dispute opened = disputes.open(caller, request.opening());
    return ResponseEntity.created(URI.create("/api/v1/disputes/" + opened.id()))
        .body(DisputeView.of(opened, List.of()));
  }

  @Operation(
      operationId = "writeDisputeMessage",
      summary = "Add a message to an open dispute's thread (an internal note: staff only)")
  @ApiResponse(responseCode = "403", description = "An internal note by the customer")
  @ApiResponse(responseCode = "409", description = "The dispute is decided")
  @PostMapping("/api/v1/disputes/{id}/messages")
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<MessageView> write(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestBody NewMessage message) {
    DisputeMessage written =
        disputes.write(
            caller,
            id,
            Require.text(message.text(), "text", TEXT_LENGTH),
            Boolean.TRUE.equals(message.internal()));
    return ResponseEntity.created(
            URI.create("/api/v1/disputes/" + id + "/messages/" + written.seq()))
        .body(MessageView.of(written));
  }

  @Operation(
      operationId = "decideDispute",
      summary =
          "Accept (with the correcting action) or reject (with a reason) an open dispute (an"
              + " admin)")
  @ApiResponse(responseCode = "403", description = "Not an admin")
  @ApiResponse(responseCode = "409", description = "Already decided")
  @PostMapping("/api/v1/disputes/{id}/decision")
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<DisputeView> decide(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestBody NewDecision decision) {
    DisputeState outcome =
        DisputeState.fromId(Require.present(decision.outcome(), "outcome"))
            .filter(s -> s != DisputeState.OPEN)
            .orElseThrow(() -> new InvalidField("outcome", "must be accepted or rejected"));
    Dispute decided =
        outcome == DisputeState.ACCEPTED
            ? disputes.accept(
                caller,
                id,
                decision.correction() == null
                    ? Correction.NONE
                    : decision.correction().correction(),
                Require.optionalText(decision.note(), "note", NOTE_LENGTH))
            : disputes.reject(caller, id, Require.text(decision.note(), "note", TEXT_LENGTH));
    return ResponseEntity.created(URI.create("/api/v1/disputes/" + id + "/decision"))
        .body(DisputeView.of(decided, null));
  }

  @Operation(
      operationId = "getDispute",
      summary = "A dispute with its thread (internal notes for staff only)")
  @GetMapping("/api/v1/disputes/{id}")
  DisputeView get(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    Disputes.WithThread read = disputes.get(caller, id);
    return DisputeView.of(read.dispute(), read.messages());
  }

  @Operation(
      operationId = "listDisputes",
      summary = "List the disputes the token may see, newest first")
  @GetMapping("/api/v1/disputes")
  Page<DisputeView> list(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(name = "customer_id", required = false) String customerId,
      @Parameter(schema = @Schema(allowableValues = {"open", "accepted", "rejected"}))
          @RequestParam(required = false)
          String state,
      @Parameter(description = "opened or decided in this month (YYYY-MM, UTC)")
          @RequestParam(required = false)
          String month,
      @RequestParam(required = false) @Min(0) @Max(PageRequest.MAX_PAGE) Integer page,
      @RequestParam(required = false) @Min(1) @Max(PageRequest.MAX_SIZE) Integer size,
      @Parameter(
              schema =
                  @Schema(
                      allowableValues = {"opened_at", "-opened_at"},
                      defaultValue = "-opened_at"))
          @RequestParam(required = false)
          String sort) {
    YearMonth inMonth = month == null ? null : month(month);
    DisputeRepository.Filter filter =
        new DisputeRepository.Filter(
            customerId == null ? null : Require.id(customerId, "customer_id"),
            state == null
                ? null
                : DisputeState.fromId(state)
                    .orElseThrow(
                        () -> new InvalidField("state", "must be open, accepted or rejected")),
            inMonth == null ? null : inMonth.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC),
            inMonth == null
                ? null
                : inMonth.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    PageRequest request =
        PageRequest.of(page, size, sort, DisputeRepository.SORTS.keySet(), "-opened_at");
    return disputes.page(caller, filter, request).map(d -> DisputeView.of(d, null));
  }

  private static Metric metricOf(String id, String field) {
    return id == null
        ? null
        : Metric.fromId(id).orElseThrow(() -> new InvalidField(field, "is not a ticket metric"));
  }

  private static YearMonth month(String value) {
    try {
      return YearMonth.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidField("month", "must be a month as YYYY-MM, was '" + value + "'");
    }
  }
}
