package org.accordo.app.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.accordo.app.security.Caller;
import org.accordo.app.security.Role;
import org.accordo.app.web.Page;
import org.accordo.app.web.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/audit}: the audit log, newest first, for admins, filtered by customer, actor,
 * action and a period.
 */
@Tag(name = "Audit log", description = "Every write, who made it and when (admin)")
@RestController
class AuditController {

  private final AuditLog audit;

  AuditController(AuditLog audit) {
    this.audit = audit;
  }

  @Operation(
      operationId = "listAuditEntries",
      summary = "List the audit log, newest first, filtered by customer, actor, action, period")
  @ApiResponse(responseCode = "403", description = "Not an admin token")
  @GetMapping("/api/v1/audit")
  @ResponseStatus(HttpStatus.OK)
  Page<AuditEntry> list(
      @AuthenticationPrincipal Caller caller,
      @Parameter(description = "Entries of this customer (also one since deleted)")
          @RequestParam(name = "customer_id", required = false)
          String customerId,
      @Parameter(description = "Entries by this actor: a token id tok_..., system, or src_<source>")
          @RequestParam(required = false)
          String actor,
      @Parameter(description = "Entries of this action, e.g. ticket.created")
          @RequestParam(required = false)
          String action,
      @Parameter(
              description = "Entries that occurred at or after this instant",
              schema = @Schema(format = "date-time"))
          @RequestParam(required = false)
          String from,
      @Parameter(
              description = "Entries that occurred before this instant",
              schema = @Schema(format = "date-time"))
          @RequestParam(required = false)
          String to,
      @RequestParam(required = false) @Min(0) @Max(PageRequest.MAX_PAGE) Integer page,
      @RequestParam(required = false) @Min(1) @Max(PageRequest.MAX_SIZE) Integer size,
      @Parameter(
              schema =
                  @Schema(
                      allowableValues = {"-id", "id"},
                      defaultValue = "-id"))
          @RequestParam(required = false)
          String sort) {
    caller.requireRole(Role.ADMIN);
    AuditFilter filter = AuditFilter.of(customerId, actor, action, from, to);
    return audit.page(filter, PageRequest.of(page, size, sort, AuditLog.SORTS.keySet(), "-id"));
  }
}
