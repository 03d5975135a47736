package org.accordo.app.statements;

import jakarta.servlet.http.HttpServletResponse;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.security.Caller;
import org.accordo.app.security.Role;
import org.accordo.app.ui.PageContext;
import org.accordo.app.ui.WebPage;
import org.accordo.app.web.PageRequest;
import org.accordo.app.web.Require;
import org.accordo.core.contract.DocumentLanguage;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /statements/{customer}/{month}}: a month's statement for staff and the customer's users
 * (another customer's is the 404 page of a missing one, through the facades' scoping), its PDF in
 * English or Italian, its versions and its credit lines; admins apply a line to an invoice or waive
 * it with a reason (CSRF-protected, admins only by the pages' chain and by {@link Credits}).
 */
@WebPage
class StatementPage {

  private static final int LINES_SHOWN = PageRequest.MAX_SIZE;

  private final Statements statements;
  private final Credits credits;

  StatementPage(Statements statements, Credits credits) {
    this.statements = statements;
    this.credits = credits;
  }

  @GetMapping("/statements/{customerId}/{month}")
  String statement(
      @ModelAttribute("page") PageContext page,
      @PathVariable String customerId,
      @PathVariable String month,
      @RequestParam(name = "version", required = false) String version,
      @RequestParam(name = "lang", required = false) String lang,
      Model model,
      HttpServletResponse response) {
    return show(page, customerId, month, version, lang, model, response);
  }

  @GetMapping("/statements/{customerId}/{month}/pdf")
  ResponseEntity<byte[]> pdf(
      @ModelAttribute("page") PageContext page,
      @PathVariable String customerId,
      @PathVariable String month,
      @RequestParam(name = "version", required = false) String version,
      @RequestParam(name = "lang", required = false) String lang) {
    Statements.Request request = request(customerId, month, version, lang, DocumentFormat.PDF);
    Statements.Answer answer = statements.statement(page.viewer().caller(), request);
    String name =
        "statement-"
            + customerId
            + "-"
            + request.month()
            + answer.version().map(s -> "-v" + s.version()).orElse("-provisional")
            + "-"
            + answer.document().language()
            + ".pdf";
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_TYPE, DocumentFormat.PDF.mediaType())
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
        .body(answer.document().content());
  }

  @PostMapping("/statements/{customerId}/{month}/credits/{lineId}/apply")
  String apply(
      @ModelAttribute("page") PageContext page,
      @PathVariable String customerId,
      @PathVariable String month,
      @PathVariable String lineId,
      @RequestParam(name = "invoice", required = false) String invoice,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      credits.apply(
          page.viewer().caller(),
          customerId,
          lineId,
          Require.text(invoice, "invoice_reference", 200));
    } catch (InvalidField refused) {
      return refused(page, customerId, month, lineId, refused, model, response);
    }
    redirect.addFlashAttribute("settled", lineId);
    return "redirect:/statements/" + customerId + "/" + month;
  }

  @PostMapping("/statements/{customerId}/{month}/credits/{lineId}/waive")
  String waive(
      @ModelAttribute("page") PageContext page,
      @PathVariable String customerId,
      @PathVariable String month,
      @PathVariable String lineId,
      @RequestParam(name = "reason", required = false) String reason,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      credits.waive(
          page.viewer().caller(), customerId, lineId, Require.text(reason, "reason", 1000));
    } catch (InvalidField refused) {
      return refused(page, customerId, month, lineId, refused, model, response);
    }
    redirect.addFlashAttribute("settled", lineId);
    return "redirect:/statements/" + customerId + "/" + month;
  }

  private String refused(
      PageContext page,
      String customerId,
      String month,
      String lineId,
      InvalidField refused,
      Model model,
      HttpServletResponse response) {
    String view = show(page, customerId, month, null, null, model, response);
    model.addAttribute(
        "refusal", new StatementPageView.Refusal(lineId, refused.field(), refused.reason()));
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return view;
  }

  private String show(
      PageContext page,
      String customerId,
      String month,
      String version,
      String lang,
      Model model,
      HttpServletResponse response) {
    Caller caller = page.viewer().caller();
    Statements.Request request = request(customerId, month, version, lang, DocumentFormat.HTML);
    Statements.Answer answer;
    try {
      answer = statements.statement(caller, request);
    } catch (MonthWithoutContract none) {
      model.addAttribute("customerId", customerId);
      model.addAttribute("month", request.month().toString());
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      return "statements/no-contract";
    }
    model.addAttribute("statement", view(page, customerId, request, answer, caller));
    if (!model.containsAttribute("refusal")) {
      model.addAttribute("refusal", null);
    }
    if (!model.containsAttribute("settled")) {
      model.addAttribute("settled", null);
    }
    return "statements/statement";
  }

  private StatementPageView view(
      PageContext page,
      String customerId,
      Statements.Request request,
      Statements.Answer answer,
      Caller caller) {
    YearMonth month = request.month();
    String href = "/statements/" + customerId + "/" + month;
    Optional<StoredStatement> shown = answer.version();
    List<StatementPageView.VersionLine> versions =
        statements
            .versions(
                caller,
                customerId,
                month,
                PageRequest.of(
                    0, LINES_SHOWN, "-month", StatementRepository.SORTS.keySet(), "-month"))
            .items()
            .stream()
            .map(
                l ->
                    StatementPageView.versionLine(
                        l.statement(),
                        href,
                        shown.map(s -> s.id().equals(l.statement().id())).orElse(false),
                        page.zone(),
                        page.labels()))
            .toList();
    List<StatementPageView.CreditRow> lines =
        credits
            .page(
                caller,
                customerId,
                new CreditRepository.Filter(customerId, month, null),
                PageRequest.of(0, LINES_SHOWN, "month", CreditRepository.SORTS.keySet(), "month"))
            .items()
            .stream()
            .map(l -> StatementPageView.creditRow(l, page.zone(), page.labels()))
            .toList();
    return new StatementPageView(
        customerId,
        month.toString(),
        page.labels().get("report.status." + answer.status().id()),
        shown.isEmpty(),
        answer.closesAt() == null ? null : page.instant(answer.closesAt()),
        shown.map(StoredStatement::version).orElse(0),
        answer.document().language(),
        StatementPageView.body(answer.document(), page.t("page.statement.chart")),
        versions,
        lines,
        caller.role() == Role.ADMIN);
  }

  private static Statements.Request request(
      String customerId, String month, String version, String lang, DocumentFormat format) {
    return new Statements.Request(
        customerId,
        StatementController.month(month, "month"),
        version == null || version.isBlank()
            ? Optional.empty()
            : Optional.of(StatementController.version(version)),
        format,
        lang == null || lang.isBlank()
            ? Optional.empty()
            : Optional.of(
                DocumentLanguage.fromCode(lang)
                    .orElseThrow(() -> new InvalidField("lang", "must be en or it"))));
  }
}
