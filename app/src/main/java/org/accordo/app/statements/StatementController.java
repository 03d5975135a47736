package org.accordo.app.statements;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.security.Caller;
import org.accordo.app.web.Page;
import org.accordo.app.web.PageRequest;
import org.accordo.core.contract.DocumentLanguage;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/customers/{customerId}/statements}: the stored versions, and one month's statement
 * as JSON, HTML, Markdown or PDF in English or Italian. The headers say where it stands: {@code
 * Accordo-Statement-Status} ({@code provisional}, {@code final}, {@code amended}), for a stored one
 * {@code Accordo-Statement-Version}, {@code Accordo-Inputs-Digest} and the document's SHA-256 as
 * {@code ETag}; for a provisional one {@code Accordo-Statement-Closes-At}.
 */
@Tag(name = "Statements", description = "Monthly statements: provisional, final, amended")
@RestController
class StatementController {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Statements statements;

  StatementController(Statements statements) {
    this.statements = statements;
  }

  @Operation(
      operationId = "getStatement",
      summary = "A month's statement as JSON, HTML, Markdown or PDF, in English or Italian")
  @GetMapping(
      path = "/api/v1/customers/{customerId}/statements/{month}",
      produces = {"application/json", "text/html", "text/markdown", "application/pdf"})
  ResponseEntity<byte[]> statement(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String customerId,
      @PathVariable String month,
      @RequestParam(required = false) String format,
      @RequestParam(required = false) String lang,
      @RequestParam(required = false) String version) {
    Statements.Request request =
        new Statements.Request(
            customerId,
            month(month, "month"),
            version == null ? Optional.empty() : Optional.of(version(version)),
            format == null
                ? DocumentFormat.JSON
                : DocumentFormat.of(format)
                    .orElseThrow(() -> new InvalidField("format", "must be json, html, pdf or md")),
            lang == null
                ? Optional.empty()
                : Optional.of(
                    DocumentLanguage.fromCode(lang)
                        .orElseThrow(() -> new InvalidField("lang", "must be en or it"))));
    Statements.Answer answer = statements.statement(caller, request);
    return ResponseEntity.ok().headers(headers(answer, request)).body(answer.document().content());
  }

  private static HttpHeaders headers(Statements.Answer answer, Statements.Request request) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.CONTENT_TYPE, answer.document().format().mediaType());
    headers.set("Accordo-Statement-Status", answer.status().id());
    String name = "statement-" + request.customerId() + "-" + request.month();
    if (answer.version().isPresent()) {
      StoredStatement s = answer.version().get();
      headers.set("Accordo-Statement-Version", Integer.toString(s.version()));
      headers.set("Accordo-Inputs-Digest", s.inputsDigest());
      name += "-v" + s.version();
      if (answer.stored()) {
        headers.setETag("\"" + answer.document().sha256() + "\"");
      }
    } else {
      headers.set("Accordo-Statement-Closes-At", answer.closesAt().toString());
      name += "-provisional";
    }
    String language = answer.document().language();
    headers.set(
        HttpHeaders.CONTENT_DISPOSITION,
        "inline; filename=\""
            + name
            + (language.equals(StoredDocument.NO_LANGUAGE) ? "" : "-" + language)
            + "."
            + answer.document().format().id()
            + "\"");
    return headers;
  }

  /** A stored statement as listed, with its documents' hashes. */
  record VersionView(
      String id,
      String customerId,
      String month,
      int version,
      String status,
      Instant periodFrom,
      Instant periodTo,
      Instant asOf,
      int contractVersion,
      String inputsDigest,
      String jsonSha256,
      Inputs inputs,
      String creditsTotal,
      String currency,
      String reason,
      JsonNode changes,
      Instant closedAt,
      String closedByNode,
      List<DocumentView> documents) {

    static VersionView of(Statements.Listed listed) {
      StoredStatement s = listed.statement();
      BigDecimal total = s.creditsTotal();
      return new VersionView(
          s.id(),
          s.customerId(),
          s.month().toString(),
          s.version(),
          s.status().id(),
          s.periodFrom(),
          s.periodTo(),
          s.asOf(),
          s.contractVersion(),
          s.inputsDigest(),
          s.jsonSha256(),
          new Inputs(
              s.inputs().tickets(),
              s.inputs().events(),
              s.inputs().outages(),
              s.inputs().ticketsLeftOut()),
          total == null ? null : Amounts.text(total, s.currency()),
          s.currency(),
          s.reason(),
          s.changes() == null ? null : JSON.readTree(s.changes()),
          s.closedAt(),
          s.closedByNode(),
          listed.documents().stream()
              .map(d -> new DocumentView(d.format().id(), d.language(), d.sha256()))
              .toList());
    }
  }

  /** How many inputs a statement was computed from. */
  record Inputs(int tickets, int events, int outages, int ticketsLeftOut) {}

  /** A stored document: its form, language and SHA-256. */
  record DocumentView(String format, String language, String sha256) {}

  @Operation(
      operationId = "listStatements",
      summary = "List the customer's stored statement versions")
  @GetMapping("/api/v1/customers/{customerId}/statements")
  Page<VersionView> versions(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String customerId,
      @RequestParam(required = false) String month,
      @RequestParam(required = false) @Min(0) @Max(PageRequest.MAX_PAGE) Integer page,
      @RequestParam(required = false) @Min(1) @Max(PageRequest.MAX_SIZE) Integer size,
      @RequestParam(required = false) String sort) {
    PageRequest request =
        PageRequest.of(page, size, sort, StatementRepository.SORTS.keySet(), "-month");
    return statements
        .versions(caller, customerId, month == null ? null : month(month, "month"), request)
        .map(VersionView::of);
  }

  static YearMonth month(String value, String field) {
    try {
      return YearMonth.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidField(field, "must be a month written YYYY-MM, such as 2026-03");
    }
  }

  static int version(String value) {
    try {
      int version = Integer.parseInt(value);
      if (version >= 1) {
        return version;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new InvalidField("version", "must be a version number, 1 or more");
  }
}
