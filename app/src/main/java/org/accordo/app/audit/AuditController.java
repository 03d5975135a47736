package org.accordo.app.audit;

import org.accordo.app.security.Caller;
import org.accordo.app.security.Role;
import org.accordo.app.web.Page;
import org.accordo.app.web.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/audit}: the audit log, newest first, for admins, filtered by customer, actor,
 * action and a period.
 */
@RestController
class AuditController {

  private final AuditLog audit;

  AuditController(AuditLog audit) {
    this.audit = audit;
  }

  @GetMapping("/api/v1/audit")
  Page<AuditEntry> list(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(name = "customer_id", required = false) String customerId,
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String action,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort) {
    caller.requireRole(Role.ADMIN);
    AuditFilter filter = AuditFilter.of(customerId, actor, action, from, to);
    return audit.page(filter, PageRequest.of(page, size, sort, AuditLog.SORTS.keySet(), "-id"));
  }
}
