package org.accordo.app.statements;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.security.Caller;
import org.accordo.app.web.Page;
import org.accordo.app.web.PageRequest;
import org.accordo.app.web.Require;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/customers/{customerId}/credits}: the credits ledger's lines, applied or waived by
 * admins; {@code /api/v1/credits/export}: the lines as CSV for billing.
 */
@Tag(name = "Credits", description = "The service credits the statements owe, and their settlement")
@RestController
class CreditController {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Credits credits;

  CreditController(Credits credits) {
    this.credits = credits;
  }

  /** The body of an application: the invoice the credit was applied to. */
  record Application(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String invoiceReference) {
    Application {
      invoiceReference = Require.text(invoiceReference, "invoice_reference", 200);
    }
  }

  /** The body of a waiver: why the credit is not paid. */
  record Waiver(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String reason) {
    Waiver {
      reason = Require.text(reason, "reason", 1000);
    }
  }

  /** A line as the API shows it; money as a decimal string with the currency's scale. */
  record LineView(
      String id,
      String customerId,
      String month,
      String statementId,
      int statementVersion,
      int lineNo,
      String entry,
      String kind,
      String rule,
      String service,
      String percent,
      String amount,
      String currency,
      JsonNode evidence,
      String state,
      String invoiceReference,
      String reason,
      Instant settledAt,
      String settledBy,
      Instant createdAt) {

    static LineView of(CreditLine l) {
      return new LineView(
          l.id(),
          l.key().customerId(),
          l.key().month().toString(),
          l.statementId(),
          l.statementVersion(),
          l.lineNo(),
          l.entry().id(),
          l.kind(),
          l.rule(),
          l.service(),
          l.percent(),
          Amounts.text(l.amount(), l.currency()),
          l.currency(),
          JSON.readTree(l.evidence()),
          l.state().id(),
          l.settlement().map(CreditLine.Settlement::invoiceReference).orElse(null),
          l.settlement().map(CreditLine.Settlement::reason).orElse(null),
          l.settlement().map(CreditLine.Settlement::settledAt).orElse(null),
          l.settlement().map(CreditLine.Settlement::settledBy).orElse(null),
          l.createdAt());
    }
  }

  @Operation(
      operationId = "listCredits",
      summary = "List the customer's credit lines, e.g. state=owed")
  @GetMapping("/api/v1/customers/{customerId}/credits")
  Page<LineView> list(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String customerId,
      @RequestParam(required = false) String state,
      @RequestParam(required = false) String month,
      @RequestParam(required = false) @Min(0) @Max(PageRequest.MAX_PAGE) Integer page,
      @RequestParam(required = false) @Min(1) @Max(PageRequest.MAX_SIZE) Integer size,
      @RequestParam(required = false) String sort) {
    PageRequest request =
        PageRequest.of(page, size, sort, CreditRepository.SORTS.keySet(), "month");
    return credits.page(caller, customerId, filter(null, state, month), request).map(LineView::of);
  }

  @Operation(
      operationId = "applyCredit",
      summary = "Mark an owed credit applied to an invoice (admin), once")
  @PostMapping("/api/v1/customers/{customerId}/credits/{lineId}/apply")
  LineView apply(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String customerId,
      @PathVariable String lineId,
      @RequestBody Application request) {
    return LineView.of(credits.apply(caller, customerId, lineId, request.invoiceReference()));
  }

  @Operation(
      operationId = "waiveCredit",
      summary = "Waive an owed credit with a reason (admin), once")
  @PostMapping("/api/v1/customers/{customerId}/credits/{lineId}/waive")
  LineView waive(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String customerId,
      @PathVariable String lineId,
      @RequestBody Waiver request) {
    return LineView.of(credits.waive(caller, customerId, lineId, request.reason()));
  }

  @Operation(operationId = "exportCredits", summary = "The credit lines as CSV for billing (staff)")
  @ApiResponse(
      responseCode = "200",
      description = "The lines, one per row",
      content = @Content(mediaType = "text/csv"))
  @GetMapping("/api/v1/credits/export")
  void export(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(name = "customer_id", required = false) String customerId,
      @RequestParam(required = false) String state,
      @RequestParam(required = false) String month,
      HttpServletResponse response) {
    CreditRepository.Filter filter =
        filter(customerId == null ? null : Require.id(customerId, "customer_id"), state, month);
    credits.export(
        caller,
        filter,
        () -> {
          response.setContentType("text/csv;charset=UTF-8");
          response.setCharacterEncoding(StandardCharsets.UTF_8.name());
          response.setHeader("Content-Disposition", "attachment; filename=\"credits.csv\"");
          try {
            return response.getWriter();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private static CreditRepository.Filter filter(String customerId, String state, String month) {
    return new CreditRepository.Filter(
        customerId,
        month == null ? null : StatementController.month(month, "month"),
        state == null
            ? null
            : CreditLine.State.of(state)
                .orElseThrow(() -> new InvalidField("state", "must be owed, applied or waived")));
  }
}
