package org.accordo.app.contracts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.security.Caller;
import org.accordo.app.web.Require;
import org.accordo.core.contract.lint.Finding;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/customers/{customerId}/contracts}: contract versions, uploaded as YAML. */
@Tag(
    name = "Contracts",
    description = "Contract versions of a customer, uploaded as YAML; each upload a new version")
@RestController
class ContractController {

  static final String YAML = "application/yaml";

  private final ContractService contracts;

  ContractController(ContractService contracts) {
    this.contracts = contracts;
  }

  /** A version as the API shows it (without its document). */
  record VersionView(
      String customerId,
      int version,
      String contractId,
      LocalDate effectiveFrom,
      LocalDate effectiveTo,
      Instant uploadedAt,
      String uploadedBy) {
    static VersionView of(ContractVersion v) {
      return new VersionView(
          v.customerId(),
          v.version(),
          v.contractId(),
          v.effectiveFrom(),
          v.effectiveTo(),
          v.uploadedAt(),
          v.uploadedBy());
    }
  }

  /** One lint finding on an uploaded document; line 0 means the whole document. */
  record FindingView(
      String rule,
      @Schema(allowableValues = {"error", "warning", "info"}) String severity,
      int line,
      int column,
      String message,
      String hint) {
    static FindingView of(Finding f) {
      return new FindingView(
          f.rule(),
          f.severity().label(),
          f.location().line(),
          f.location().column(),
          f.message(),
          f.hint());
    }
  }

  /**
   * The answer to an upload: the stored version, what the linter found in it, and how many tickets
   * will have their clocks rebuilt (in the background; progress at {@code .../clock-rebuild}).
   */
  record UploadView(
      String customerId,
      int version,
      String contractId,
      LocalDate effectiveFrom,
      LocalDate effectiveTo,
      Instant uploadedAt,
      String uploadedBy,
      List<FindingView> findings,
      int ticketsToRebuild) {
    static UploadView of(ContractService.UploadedVersion uploaded) {
      ContractVersion v = uploaded.version();
      return new UploadView(
          v.customerId(),
          v.version(),
          v.contractId(),
          v.effectiveFrom(),
          v.effectiveTo(),
          v.uploadedAt(),
          v.uploadedBy(),
          uploaded.findings().stream().map(FindingView::of).toList(),
          uploaded.ticketsToRebuild());
    }
  }

  @Operation(
      operationId = "uploadContract",
      summary = "Upload a contract version as YAML (admin); answers the linter's findings",
      description =
          "The document is loaded with every problem at once; one that does not load is refused"
              + " with 422 invalid-contract (line, column, errors). Lint findings, errors"
              + " included, do not refuse it. The clocks of the tickets it may measure are"
              + " rebuilt in the background (tickets_to_rebuild; progress at .../clock-rebuild).")
  @ApiResponse(responseCode = "403", description = "Not an admin token")
  @ApiResponse(
      responseCode = "422",
      description = "The document does not load (invalid-contract): line, column and errors")
  @PostMapping(
      path = "/api/v1/customers/{customerId}/contracts",
      consumes = {YAML, "application/x-yaml", "text/yaml"})
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<UploadView> upload(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String customerId,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(
              required = true,
              description = "The contract document, UTF-8 (docs/contracts.md)",
              content = {
                @Content(mediaType = YAML, schema = @Schema(type = "string")),
                @Content(mediaType = "application/x-yaml", schema = @Schema(type = "string")),
                @Content(mediaType = "text/yaml", schema = @Schema(type = "string"))
              })
          @RequestBody
          byte[] document) {
    ContractService.UploadedVersion uploaded = contracts.upload(caller, customerId, utf8(document));
    URI location =
        URI.create(
            "/api/v1/customers/" + customerId + "/contracts/" + uploaded.version().version());
    return ResponseEntity.created(location).body(UploadView.of(uploaded));
  }

  @Operation(
      operationId = "listContractVersions",
      summary = "List a customer's contract versions, oldest first")
  @GetMapping("/api/v1/customers/{customerId}/contracts")
  List<VersionView> list(@AuthenticationPrincipal Caller caller, @PathVariable String customerId) {
    return contracts.versions(caller, customerId).stream().map(VersionView::of).toList();
  }

  @Operation(
      operationId = "getContractInForce",
      summary = "Read the version in force on a date: of those covering it, the latest upload")
  @GetMapping("/api/v1/customers/{customerId}/contracts/in-force")
  VersionView inForce(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String customerId,
      @Parameter(description = "The day, YYYY-MM-DD", example = "2026-03-01")
          @RequestParam
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate date) {
    return VersionView.of(
        contracts.inForce(caller, customerId, Require.supportedDate(date, "date")));
  }

  @Operation(operationId = "getContractVersion", summary = "Read a contract version")
  @GetMapping("/api/v1/customers/{customerId}/contracts/{version}")
  VersionView get(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String customerId,
      @PathVariable @Min(1) int version) {
    return VersionView.of(contracts.version(caller, customerId, version));
  }

  @Operation(
      operationId = "getContractDocument",
      summary = "Read a contract version's document as uploaded (YAML)")
  @ApiResponse(
      responseCode = "200",
      description = "The document",
      content = @Content(mediaType = YAML, schema = @Schema(type = "string")))
  @GetMapping(path = "/api/v1/customers/{customerId}/contracts/{version}/document", produces = YAML)
  ResponseEntity<String> document(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String customerId,
      @PathVariable @Min(1) int version) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(YAML + ";charset=UTF-8"))
        .body(contracts.document(caller, customerId, version));
  }

  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidField("body", "is not valid UTF-8 text");
    }
  }
}
