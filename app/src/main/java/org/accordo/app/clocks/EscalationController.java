package org.accordo.app.clocks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.time.Instant;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.security.Caller;
import org.accordo.app.web.Page;
import org.accordo.app.web.PageRequest;
import org.accordo.app.web.Require;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/escalations}: the feed of escalation crossings and breaches, newest first. */
@Tag(name = "Escalations", description = "Escalation thresholds crossed and breaches, each once")
@RestController
class EscalationController {

  private final Escalations escalations;

  EscalationController(Escalations escalations) {
    this.escalations = escalations;
  }

  /**
   * An escalation or breach as the feed shows it, its ticket named as people do: {@code
   * ticket_external_id} (the PSA's number, null when the ticket has none) and {@code
   * ticket_subject}.
   */
  record EscalationView(
      String id,
      @Schema(allowableValues = {"escalation", "breach"}) String kind,
      String ticketId,
      String ticketExternalId,
      String ticketSubject,
      String customerId,
      @Schema(
              allowableValues = {
                "first_response",
                "resolution_plan",
                "next_reply",
                "periodic_update",
                "resolution"
              })
          String metric,
      int cycle,
      String priority,
      BigDecimal atFraction,
      String level,
      Instant occurredAt,
      Instant recordedAt,
      String recordedByNode) {
    static EscalationView of(Escalations.Named named) {
      Escalation e = named.escalation();
      return new EscalationView(
          e.id(),
          e.kind().id(),
          e.ticketId(),
          named.ticket() == null ? null : named.ticket().externalId(),
          named.ticket() == null ? null : named.ticket().subject(),
          e.customerId(),
          e.metric().id(),
          e.cycle(),
          e.priority(),
          e.atFraction(),
          e.level(),
          e.occurredAt(),
          e.recordedAt(),
          e.recordedByNode());
    }
  }

  @Operation(
      operationId = "listEscalations",
      summary = "List the escalations and breaches recorded, newest first")
  @GetMapping("/api/v1/escalations")
  Page<EscalationView> feed(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(name = "customer_id", required = false) String customerId,
      @RequestParam(name = "ticket_id", required = false) String ticketId,
      @Parameter(schema = @Schema(allowableValues = {"escalation", "breach"}))
          @RequestParam(required = false)
          String kind,
      @RequestParam(required = false) @Min(0) @Max(PageRequest.MAX_PAGE) Integer page,
      @RequestParam(required = false) @Min(1) @Max(PageRequest.MAX_SIZE) Integer size,
      @Parameter(
              schema =
                  @Schema(
                      allowableValues = {
                        "recorded_at",
                        "-recorded_at",
                        "occurred_at",
                        "-occurred_at"
                      },
                      defaultValue = "-recorded_at"))
          @RequestParam(required = false)
          String sort) {
    EscalationRepository.Filter filter =
        new EscalationRepository.Filter(
            customerId == null ? null : Require.id(customerId, "customer_id"),
            Require.optionalText(ticketId, "ticket_id", 40),
            kind == null
                ? null
                : EscalationKind.fromId(kind)
                    .orElseThrow(() -> new InvalidField("kind", "must be escalation or breach")));
    PageRequest request =
        PageRequest.of(page, size, sort, EscalationRepository.SORTS.keySet(), "-recorded_at");
    return escalations.page(caller, filter, request).map(EscalationView::of);
  }
}
