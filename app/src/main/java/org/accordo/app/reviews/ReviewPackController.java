package org.accordo.app.reviews;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.security.Caller;
import org.accordo.core.contract.DocumentLanguage;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/customers/{id}/reviews/pack}: the review pack of a customer's months as HTML, PDF
 * or JSON; posted with a proposed contract, with the simulator's comparison too.
 */
@io.swagger.v3.oas.annotations.tags.Tag(name = "Reviews")
@RestController
class ReviewPackController {

  private static final String PATH = "/api/v1/customers/{customerId}/reviews/pack";

  private final ReviewPacks packs;
  private final JsonMapper json;

  ReviewPackController(ReviewPacks packs, JsonMapper json) {
    this.packs = packs;
    this.json = json;
  }

  /** The formats of the pack. */
  enum Format {
    HTML,
    PDF,
    JSON
  }

  @Operation(
      operationId = "getReviewPack",
      summary = "The review pack of a customer's months: HTML, PDF or JSON, English or Italian")
  @GetMapping(
      path = PATH,
      produces = {"text/html", "application/pdf", "application/json"})
  ResponseEntity<byte[]> pack(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String customerId,
      @Parameter(description = "first month, 2026-01", required = true)
          @RequestParam(required = false)
          String from,
      @Parameter(description = "last month, 2026-06", required = true)
          @RequestParam(required = false)
          String to,
      @Parameter(
              schema =
                  @Schema(
                      allowableValues = {"html", "pdf", "json"},
                      defaultValue = "html"))
          @RequestParam(required = false)
          String format,
      @Parameter(
              schema =
                  @Schema(
                      allowableValues = {"en", "it"},
                      defaultValue = "en"))
          @RequestParam(required = false)
          String lang) {
    return answer(caller, customerId, from, to, format, lang, Optional.empty());
  }

  @Operation(
      operationId = "getReviewPackWithProposal",
      summary =
          "The review pack with a proposed contract's effect over the months (computes, stores"
              + " nothing: 200)")
  @PostMapping(
      path = PATH,
      consumes = {"application/yaml", "application/x-yaml", "text/yaml"},
      produces = {"text/html", "application/pdf", "application/json"})
  ResponseEntity<byte[]> packWithProposal(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String customerId,
      @Parameter(description = "first month, 2026-01", required = true)
          @RequestParam(required = false)
          String from,
      @Parameter(description = "last month, 2026-06", required = true)
          @RequestParam(required = false)
          String to,
      @Parameter(
              schema =
                  @Schema(
                      allowableValues = {"html", "pdf", "json"},
                      defaultValue = "html"))
          @RequestParam(required = false)
          String format,
      @Parameter(
              schema =
                  @Schema(
                      allowableValues = {"en", "it"},
                      defaultValue = "en"))
          @RequestParam(required = false)
          String lang,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(
              required = true,
              description = "The proposed contract, YAML (docs/contracts.md)",
              content = @Content(mediaType = "application/yaml", schema = @Schema(type = "string")))
          @RequestBody
          byte[] proposed) {
    return answer(
        caller,
        customerId,
        from,
        to,
        format,
        lang,
        Optional.of(new String(proposed, StandardCharsets.UTF_8)));
  }

  private ResponseEntity<byte[]> answer(
      Caller caller,
      String customerId,
      String from,
      String to,
      String format,
      String lang,
      Optional<String> proposed) {
    Format documents = format(format);
    DocumentLanguage language =
        lang == null
            ? DocumentLanguage.EN
            : DocumentLanguage.fromCode(lang)
                .orElseThrow(() -> new InvalidField("lang", "must be en or it"));
    ReviewPacks.Question question =
        new ReviewPacks.Question(month("from", from), month("to", to), proposed);
    ReviewPack pack = packs.pack(caller, customerId, question);
    return switch (documents) {
      case HTML ->
          ResponseEntity.ok()
              .contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
              .body(ReviewPackDocument.html(pack, language).getBytes(StandardCharsets.UTF_8));
      case PDF ->
          ResponseEntity.ok()
              .contentType(MediaType.APPLICATION_PDF)
              .header(
                  "Content-Disposition",
                  "attachment; filename=\"" + fileName(pack, language) + "\"")
              .body(ReviewPackDocument.pdf(pack, language));
      case JSON ->
          ResponseEntity.ok()
              .contentType(MediaType.APPLICATION_JSON)
              .body(json.writeValueAsBytes(pack));
    };
  }

  private static Format format(String format) {
    if (format == null) {
      return Format.HTML;
    }
    return switch (format) {
      case "html" -> Format.HTML;
      case "pdf" -> Format.PDF;
      case "json" -> Format.JSON;
      default -> throw new InvalidField("format", "must be html, pdf or json");
    };
  }

  /** {@code review-pack-bianchi-2026-01-2026-06-en.pdf}. */
  static String fileName(ReviewPack pack, DocumentLanguage language) {
    return "review-pack-"
        + pack.customerId()
        + "-"
        + pack.from()
        + "-"
        + pack.to()
        + "-"
        + language.code()
        + ".pdf";
  }

  static YearMonth month(String field, String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidField(field, "is required: a month such as 2026-03");
    }
    try {
      return YearMonth.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidField(field, "'" + text.strip() + "' is not a month such as 2026-03");
    }
  }
}
