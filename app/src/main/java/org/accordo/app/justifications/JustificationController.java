package org.accordo.app.justifications;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Instant;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.security.Caller;
import org.accordo.app.web.Page;
import org.accordo.app.web.PageRequest;
import org.accordo.app.web.Require;
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
 * {@code /api/v1/justifications}: an agent asks for a breached or at-risk clock to be excused; an
 * admin other than the asker approves or rejects; the customer reads its own.
 */
@Tag(name = "Justifications", description = "Breach justification under the four-eyes rule")
@RestController
class JustificationController {

  /** The longest evidence and note, in characters (the excluded event's reason holds both). */
  static final int EVIDENCE_LENGTH = 600;

  private final Justifications justifications;

  JustificationController(Justifications justifications) {
    this.justifications = justifications;
  }

  /** The body of {@code POST /api/v1/justifications}. */
  record NewJustification(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String ticketId,
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              allowableValues = {
                "first_response",
                "resolution_plan",
                "next_reply",
                "periodic_update",
                "resolution"
              })
          String metric,
      @Schema(description = "the clock's cycle; default: the metric's latest") Integer cycle,
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              allowableValues = {
                "customer_caused",
                "third_party",
                "force_majeure",
                "measurement_error",
                "other"
              })
          String reason,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = EVIDENCE_LENGTH)
          String evidence,
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              format = "date-time",
              description = "start of the interval to take out of the SLA")
          String from,
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              format = "date-time",
              description = "its end, after from")
          String to) {

    Justifications.Asking asking() {
      Metric kind =
          Metric.fromId(Require.present(metric, "metric"))
              .orElseThrow(() -> new InvalidField("metric", "is not a ticket metric"));
      ReasonCode code =
          ReasonCode.fromId(Require.present(reason, "reason"))
              .orElseThrow(
                  () ->
                      new InvalidField(
                          "reason",
                          "must be customer_caused, third_party, force_majeure,"
                              + " measurement_error or other"));
      if (cycle != null && cycle < 1) {
        throw new InvalidField("cycle", "must be 1 or more");
      }
      return new Justifications.Asking(
          Require.text(ticketId, "ticket_id", 40),
          kind,
          cycle,
          code,
          Require.text(evidence, "evidence", EVIDENCE_LENGTH),
          Require.instant(from, "from"),
          Require.instant(to, "to"));
    }
  }

  /** The body of {@code POST /api/v1/justifications/{id}/decision}. */
  record NewDecision(
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              allowableValues = {"approved", "rejected"})
          String outcome,
      @Schema(
              maxLength = EVIDENCE_LENGTH,
              description = "why; required for a rejection, optional for an approval")
          String note) {}

  /** A justification request as the API shows it. */
  record JustificationView(
      String id,
      String customerId,
      String ticketId,
      String metric,
      int cycle,
      String reason,
      String evidence,
      Instant from,
      Instant to,
      @Schema(allowableValues = {"requested", "approved", "rejected"}) String state,
      String askedBy,
      Instant askedAt,
      String decidedBy,
      Instant decidedAt,
      String decisionNote,
      @Schema(description = "the excluded event an approval appended") String eventId) {
    static JustificationView of(Justification j) {
      return new JustificationView(
          j.id(),
          j.customerId(),
          j.ticketId(),
          j.metric().id(),
          j.cycle(),
          j.reason().id(),
          j.evidence(),
          j.excludedFrom(),
          j.excludedTo(),
          j.state().id(),
          j.askedBy(),
          j.askedAt(),
          j.decidedBy(),
          j.decidedAt(),
          j.decisionNote(),
          j.eventId());
    }
  }

  @Operation(
      operationId = "askJustification",
      summary = "Ask for a breached or at-risk clock to be excused (agent or admin)")
  @ApiResponse(responseCode = "403", description = "A customer token")
  @ApiResponse(responseCode = "409", description = "The clock is neither breached nor at risk")
  @PostMapping("/api/v1/justifications")
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<JustificationView> ask(
      @AuthenticationPrincipal Caller caller, @RequestBody NewJustification request) {
    Justification asked = justifications.ask(caller, request.asking());
    return ResponseEntity.created(URI.create("/api/v1/justifications/" + asked.id()))
        .body(JustificationView.of(asked));
  }

  @Operation(
      operationId = "decideJustification",
      summary =
          "Approve (the clock's interval is excluded) or reject a request, once (an admin who did"
              + " not ask)")
  @ApiResponse(responseCode = "403", description = "Not an admin, or the admin who asked")
  @ApiResponse(responseCode = "409", description = "Already decided")
  @PostMapping("/api/v1/justifications/{id}/decision")
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<JustificationView> decide(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestBody NewDecision decision) {
    JustificationState outcome =
        JustificationState.fromId(Require.present(decision.outcome(), "outcome"))
            .filter(s -> s != JustificationState.REQUESTED)
            .orElseThrow(() -> new InvalidField("outcome", "must be approved or rejected"));
    Justification decided =
        outcome == JustificationState.APPROVED
            ? justifications.approve(
                caller, id, Require.optionalText(decision.note(), "note", EVIDENCE_LENGTH))
            : justifications.reject(
                caller, id, Require.text(decision.note(), "note", EVIDENCE_LENGTH));
    return ResponseEntity.created(URI.create("/api/v1/justifications/" + id + "/decision"))
        .body(JustificationView.of(decided));
  }

  @Operation(operationId = "getJustification", summary = "A justification request")
  @GetMapping("/api/v1/justifications/{id}")
  JustificationView get(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    return JustificationView.of(justifications.get(caller, id));
  }

  @Operation(
      operationId = "listJustifications",
      summary = "List the justification requests the token may see, newest first")
  @GetMapping("/api/v1/justifications")
  Page<JustificationView> list(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(name = "customer_id", required = false) String customerId,
      @RequestParam(name = "ticket_id", required = false) String ticketId,
      @Parameter(schema = @Schema(allowableValues = {"requested", "approved", "rejected"}))
          @RequestParam(required = false)
          String state,
      @RequestParam(required = false) @Min(0) @Max(PageRequest.MAX_PAGE) Integer page,
      @RequestParam(required = false) @Min(1) @Max(PageRequest.MAX_SIZE) Integer size,
      @Parameter(
              schema =
                  @Schema(
                      allowableValues = {"asked_at", "-asked_at"},
                      defaultValue = "-asked_at"))
          @RequestParam(required = false)
          String sort) {
    JustificationRepository.Filter filter =
        new JustificationRepository.Filter(
            customerId == null ? null : Require.id(customerId, "customer_id"),
            Require.optionalText(ticketId, "ticket_id", 40),
            state == null
                ? null
                : JustificationState.fromId(state)
                    .orElseThrow(
                        () ->
                            new InvalidField("state", "must be requested, approved or rejected")));
    PageRequest request =
        PageRequest.of(page, size, sort, JustificationRepository.SORTS.keySet(), "-asked_at");
    return justifications.page(caller, filter, request).map(JustificationView::of);
  }
}
