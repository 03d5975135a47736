package org.accordo.app.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.accordo.app.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/customers/{customerId}/imports}: history from another PSA, run in the background.
 */
@Tag(name = "Imports", description = "History from the PSA the MSP used before (admin)")
@RestController
class ImportController {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ImportService imports;

  ImportController(ImportService imports) {
    this.imports = imports;
  }

  /**
   * An import as the API shows it; {@code progress} from 0 to 1 (for a progress bar), {@code
   * result} once it has its outcome (and, while it stores, the outcome of its check).
   */
  record ImportView(
      String id,
      String customerId,
      String source,
      String mode,
      String state,
      String phase,
      double progress,
      long linesTotal,
      long linesDone,
      int ticketsToRebuild,
      int ticketsRebuilt,
      int attempts,
      Instant requestedAt,
      String requestedBy,
      Instant finishedAt,
      String failure,
      JsonNode result) {

    static ImportView of(ImportRun r) {
      return new ImportView(
          r.id(),
          r.customerId(),
          r.source(),
          r.mode().name().toLowerCase(Locale.ROOT),
          r.state().id(),
          r.phase().id(),
          Math.round(r.progress() * 1000) / 1000.0,
          r.linesTotal(),
          r.linesDone(),
          r.ticketsToRebuild(),
          r.ticketsRebuilt(),
          r.attempts(),
          r.requestedAt(),
          r.requestedBy(),
          r.finishedAt(),
          r.failure(),
          r.result() == null ? null : JSON.readTree(r.result()));
    }
  }

  @Operation(
      operationId = "requestImport",
      summary = "Upload a PSA export and its mapping; the import runs in the background (202)")
  @PostMapping(
      path = "/api/v1/customers/{customerId}/imports",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.ACCEPTED)
  ResponseEntity<ImportView> request(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String customerId,
      @RequestPart(name = "mapping", required = false) MultipartFile mapping,
      @RequestPart(name = "tickets", required = false) MultipartFile tickets,
      @RequestPart(name = "history", required = false) MultipartFile history,
      @RequestPart(name = "mode", required = false) String mode) {
    ImportService.Upload upload =
        new ImportService.Upload(
            text(required(mapping, "mapping")),
            mode(mode),
            file(required(tickets, "tickets")),
            Optional.ofNullable(history).filter(h -> !h.isEmpty()).map(ImportController::file));
    ImportRun run = imports.request(caller, customerId, upload);
    return ResponseEntity.accepted()
        .location(URI.create("/api/v1/customers/" + customerId + "/imports/" + run.id()))
        .body(ImportView.of(run));
  }

  @Operation(operationId = "listImports", summary = "List the customer's imports, newest first")
  @GetMapping("/api/v1/customers/{customerId}/imports")
  List<ImportView> list(@AuthenticationPrincipal Caller caller, @PathVariable String customerId) {
    return imports.list(caller, customerId).stream().map(ImportView::of).toList();
  }

  @Operation(operationId = "getImport", summary = "Read an import's progress and result")
  @GetMapping("/api/v1/customers/{customerId}/imports/{importId}")
  ImportView get(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String customerId,
      @PathVariable String importId) {
    return ImportView.of(imports.get(caller, customerId, importId));
  }

  private static MultipartFile required(MultipartFile part, String name) {
    if (part == null || part.isEmpty()) {
      throw new InvalidUpload(name, "the part is missing or empty");
    }
    return part;
  }

  private static ImportMode mode(String mode) {
    if (mode == null || mode.isBlank()) {
      return ImportMode.ALL_OR_NOTHING;
    }
    try {
      return ImportMode.valueOf(mode.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidUpload(
          "mode", "'" + mode + "' is not a mode; use all_or_nothing, keep_good_lines or dry_run");
    }
  }

  private static String text(MultipartFile part) {
    try {
      return new String(part.getBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InvalidUpload(part.getName(), "could not be read");
    }
  }

  private static ImportService.UploadedFile file(MultipartFile part) {
    String name =
        part.getOriginalFilename() == null || part.getOriginalFilename().isBlank()
            ? part.getName() + ".csv"
            : part.getOriginalFilename();
    return new ImportService.UploadedFile(
        name.length() > 200 ? name.substring(name.length() - 200) : name,
        () -> {
          try {
            InputStream in = part.getInputStream();
            return in;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
