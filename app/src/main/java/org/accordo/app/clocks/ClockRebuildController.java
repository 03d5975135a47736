package org.accordo.app.clocks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import org.accordo.app.security.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/customers/{customerId}/contracts/{version}/clock-rebuild}: the rebuild an
 * upload scheduled.
 */
@Tag(name = "Contracts")
@RestController
class ClockRebuildController {

  private final ClockRebuilds rebuilds;

  ClockRebuildController(ClockRebuilds rebuilds) {
    this.rebuilds = rebuilds;
  }

  /** The progress of a rebuild as the API shows it. */
  record ProgressView(
      String customerId,
      int contractVersion,
      int tickets,
      int rebuilt,
      int failing,
      String lastError,
      Instant requestedAt,
      String requestedBy,
      Instant completedAt) {
    static ProgressView of(ClockRebuildProgress p) {
      return new ProgressView(
          p.customerId(),
          p.contractVersion(),
          p.tickets(),
          p.rebuilt(),
          p.failing(),
          p.lastError(),
          p.requestedAt(),
          p.requestedBy(),
          p.completedAt());
    }
  }

  @Operation(
      operationId = "getClockRebuild",
      summary = "Read the progress of the clock rebuild a contract upload scheduled")
  @GetMapping("/api/v1/customers/{customerId}/contracts/{version}/clock-rebuild")
  ProgressView progress(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String customerId,
      @PathVariable @Min(1) int version) {
    return ProgressView.of(rebuilds.progress(caller, customerId, version));
  }
}
