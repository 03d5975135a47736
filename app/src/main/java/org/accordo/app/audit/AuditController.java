package org.accordo.app.audit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Set;
import org.accordo.app.security.Caller;
import org.accordo.app.security.Role;
import org.accordo.app.web.Page;
import org.accordo.app.web.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/audit}: the audit log, newest first, for admins. */
@RestController
class AuditController {

  /** The one order of the log: newest first. */
  private static final Set<String> SORTS = Set.of("-id");

  private final AuditLog audit;

  AuditController(AuditLog audit) {
    this.audit = audit;
  }

  @GetMapping("/api/v1/audit")
  Page<AuditEntry> list(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) @Min(0) @Max(PageRequest.MAX_PAGE) Integer page,
      @RequestParam(required = false) @Min(1) @Max(PageRequest.MAX_SIZE) Integer size,
      @RequestParam(required = false) String sort) {
    caller.requireRole(Role.ADMIN);
    return audit.page(PageRequest.of(page, size, sort, SORTS, "-id"));
  }
}
