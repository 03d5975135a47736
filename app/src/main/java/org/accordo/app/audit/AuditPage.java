package org.accordo.app.audit;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.ui.PageContext;
import org.accordo.app.ui.WebPage;
import org.accordo.app.web.Page;
import org.accordo.app.web.PageRequest;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /admin/audit} (admins): the audit log, newest first, 50 a page, filtered by who, customer,
 * action and the days (in the viewer's time zone) it happened on.
 */
@WebPage
class AuditPage {

  private final AuditLog audit;

  AuditPage(AuditLog audit) {
    this.audit = audit;
  }

  @GetMapping("/admin/audit")
  String log(
      @ModelAttribute("page") PageContext page,
      @RequestParam(name = "actor", required = false) String actor,
      @RequestParam(name = "customer", required = false) String customer,
      @RequestParam(name = "action", required = false) String action,
      @RequestParam(name = "from", required = false) String from,
      @RequestParam(name = "to", required = false) String to,
      @RequestParam(name = "page", required = false) Integer number,
      Model model) {
    ZoneId zone = page.zone();
    PageRequest request =
        new PageRequest(number == null ? 0 : Math.max(0, number), AuditView.SIZE, "-id");
    String problem = null;
    Page<AuditEntry> found;
    try {
      found =
          audit.page(
              new AuditFilter(
                  blankToNull(customer),
                  blankToNull(actor),
                  blankToNull(action),
                  start(day("from", from), zone),
                  start(day("to", to) == null ? null : day("to", to).plusDays(1), zone)),
              request);
    } catch (InvalidField | IllegalArgumentException refused) {
      problem =
          refused instanceof InvalidField invalid
              ? page.t("page.audit.refused", invalid.field(), invalid.reason())
              : page.t("page.audit.refused", "to", refused.getMessage());
      found = audit.page(AuditFilter.ALL, new PageRequest(0, AuditView.SIZE, "-id"));
    }
    model.addAttribute(
        "audit",
        new AuditView(
            actor,
            customer,
            action,
            from,
            to,
            found.items().stream()
                .map(
                    e ->
                        new AuditView.Line(
                            page.instant(e.occurredAt()),
                            e.actor(),
                            e.action(),
                            e.entityType() + " " + (e.entityId() == null ? "" : e.entityId()),
                            e.customerId() == null ? "" : e.customerId(),
                            e.detail() == null ? "" : e.detail()))
                .toList(),
            found.page(),
            (int) Math.max(1, (found.total() + AuditView.SIZE - 1) / AuditView.SIZE),
            found.total(),
            problem));
    return "audit/log";
  }

  private static LocalDate day(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeException e) {
      throw new InvalidField(field, "is not a day such as 2026-03-09");
    }
  }

  private static Instant start(LocalDate day, ZoneId zone) {
    return day == null ? null : day.atStartOfDay(zone).toInstant();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
