package org.accordo.app.inbound;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.security.Caller;
import org.accordo.app.web.Require;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/inbound/sources}: the PSAs allowed to send events, for admins. Secrets are
 * write-only.
 */
@Tag(
    name = "Inbound sources",
    description = "The PSAs allowed to send ticket events by the signed inbound webhook (admin)")
@RestController
class InboundSourceController {

  static final int MIN_SECRET_LENGTH = 32;

  private final InboundSources sources;

  InboundSourceController(InboundSources sources) {
    this.sources = sources;
  }

  /** The body of a new source. */
  record NewSource(
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              description = "Up to 32 of a-z 0-9 _ -, starting with a letter or digit",
              example = "old-psa")
          String id,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String name,
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              minLength = MIN_SECRET_LENGTH,
              maxLength = 200,
              description = "The HMAC key, visible ASCII; never shown again")
          String secret) {
    NewSource {
      id = Require.id(id, "id");
      if (id.length() > 32) {
        throw new InvalidField("id", "must be at most 32 characters");
      }
      name = Require.text(name, "name", 200);
      Require.present(secret, "secret");
      if (secret.length() < MIN_SECRET_LENGTH
          || secret.length() > 200
          || !secret.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
        throw new InvalidField(
            "secret", "must be " + MIN_SECRET_LENGTH + " to 200 visible ASCII characters");
      }
    }
  }

  /** A source as listed: never its secret. */
  record SourceView(
      String id, String name, Instant createdAt, String createdBy, Instant disabledAt) {
    static SourceView of(InboundSource s) {
      return new SourceView(s.id(), s.name(), s.createdAt(), s.createdBy(), s.disabledAt());
    }
  }

  @Operation(operationId = "registerInboundSource", summary = "Register a sending PSA (admin)")
  @ApiResponse(responseCode = "403", description = "Not an admin token")
  @ApiResponse(responseCode = "409", description = "The id is taken")
  @PostMapping("/api/v1/inbound/sources")
  @ResponseStatus(HttpStatus.CREATED)
  SourceView register(@AuthenticationPrincipal Caller caller, @RequestBody NewSource request) {
    return SourceView.of(sources.register(caller, request.id(), request.name(), request.secret()));
  }

  @Operation(
      operationId = "listInboundSources",
      summary = "List the sources, without secrets (admin)")
  @ApiResponse(responseCode = "403", description = "Not an admin token")
  @GetMapping("/api/v1/inbound/sources")
  @ResponseStatus(HttpStatus.OK)
  List<SourceView> list(@AuthenticationPrincipal Caller caller) {
    return sources.list(caller).stream().map(SourceView::of).toList();
  }

  @Operation(
      operationId = "disableInboundSource",
      summary = "Disable a source (admin): its deliveries are refused from then on")
  @ApiResponse(responseCode = "403", description = "Not an admin token")
  @DeleteMapping("/api/v1/inbound/sources/{id}")
  @ResponseStatus(HttpStatus.OK)
  SourceView disable(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    return SourceView.of(sources.disable(caller, id));
  }
}
