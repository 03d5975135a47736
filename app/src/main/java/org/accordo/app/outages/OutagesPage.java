package org.accordo.app.outages;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.security.Role;
import org.accordo.app.ui.PageContext;
import org.accordo.app.ui.WebPage;
import org.accordo.app.web.Page;
import org.accordo.app.web.PageRequest;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /outages/{customer}}: a customer's outages and maintenance windows, newest first, 50 a
 * page, for staff and the customer's own users (another customer's is the 404 page of a missing
 * one, through {@link Outages}' scoping). Staff record an outage ({@code POST /outages/{customer}},
 * through {@link Outages#open}); admins reclassify one's cause with a reason ({@code POST
 * .../{outage}/cause}, {@link Outages#reclassify}); both audited by {@link Outages}, refused for
 * others by it (the 403 page). A refused form is shown again as typed, the field named (400).
 */
@WebPage
class OutagesPage {

  private static final int PAGE_SIZE = 50;

  private final Outages outages;
  private final Clock clock;

  OutagesPage(Outages outages, Clock clock) {
    this.outages = outages;
    this.clock = clock;
  }

  @GetMapping("/outages/{customerId}")
  String outages(
      @ModelAttribute("page") PageContext page,
      @PathVariable String customerId,
      @RequestParam(name = "page", required = false) Integer pageNumber,
      Model model) {
    Object notice = model.getAttribute("notice");
    return show(
        page,
        customerId,
        pageNumber,
        OutagesView.RecordForm.empty(),
        null,
        notice instanceof String text ? text : null,
        model);
  }

  @PostMapping("/outages/{customerId}")
  String record(
      @ModelAttribute("page") PageContext page,
      @PathVariable String customerId,
      @RequestParam(name = "service", defaultValue = "") String service,
      @RequestParam(name = "from", defaultValue = "") String from,
      @RequestParam(name = "to", defaultValue = "") String to,
      @RequestParam(name = "cause", defaultValue = "provider") String cause,
      @RequestParam(name = "note", defaultValue = "") String note,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    OutagesView.RecordForm form = new OutagesView.RecordForm(service, from, to, cause, note);
    try {
      if (service.isBlank()) {
        throw new InvalidField("service", "is required");
      }
      if (note.length() > 2000) {
        throw new InvalidField("note", "must be at most 2000 characters");
      }
      RecordedOutage recorded =
          outages.open(
              page.viewer().caller(),
              new Outages.Opening(
                  customerId,
                  service.strip(),
                  OutageForms.instant(from, page.zone(), "from"),
                  OutageForms.optionalInstant(to, page.zone(), "to"),
                  OutageForms.cause(cause, "cause"),
                  note.isBlank() ? null : note.strip(),
                  null,
                  null));
      redirect.addFlashAttribute(
          "notice",
          page.t("page.outages.recorded", recorded.service(), page.instant(recorded.from())));
      return "redirect:/outages/" + customerId;
    } catch (InvalidField invalid) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return show(
          page,
          customerId,
          null,
          form,
          new OutagesView.Problem(null, invalid.field(), invalid.reason()),
          null,
          model);
    }
  }

  @PostMapping("/outages/{customerId}/{outageId}/cause")
  String reclassify(
      @ModelAttribute("page") PageContext page,
      @PathVariable String customerId,
      @PathVariable String outageId,
      @RequestParam(name = "cause", defaultValue = "") String cause,
      @RequestParam(name = "reason", defaultValue = "") String reason,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      if (reason.length() > 1000) {
        throw new InvalidField("reason", "must be at most 1000 characters");
      }
      RecordedOutage changed =
          outages.reclassify(
              page.viewer().caller(),
              customerId,
              outageId,
              OutageForms.cause(cause, "cause"),
              reason.strip());
      redirect.addFlashAttribute(
          "notice",
          page.t(
              "page.outages.reclassified",
              changed.service(),
              page.instant(changed.from()),
              page.t("outage." + changed.cause().id())));
      return "redirect:/outages/" + customerId;
    } catch (InvalidField invalid) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return show(
          page,
          customerId,
          null,
          OutagesView.RecordForm.empty(),
          new OutagesView.Problem(outageId, invalid.field(), invalid.reason()),
          null,
          model);
    }
  }

  private String show(
      PageContext page,
      String customerId,
      Integer pageNumber,
      OutagesView.RecordForm form,
      OutagesView.Problem problem,
      String notice,
      Model model) {
    PageRequest request =
        PageRequest.of(pageNumber, PAGE_SIZE, "-from", OutageRepository.SORTS.keySet(), "-from");
    Page<RecordedOutage> listed =
        outages.page(
            page.viewer().caller(),
            customerId,
            new OutageRepository.Filter(null, null, null, null, null),
            request);
    Instant now = clock.instant();
    Role role = page.viewer().role();
    model.addAttribute(
        "outages",
        new OutagesView(
            customerId,
            listed.items().stream()
                .map(o -> OutageLine.of(o, now, page.zone(), page.labels()))
                .toList(),
            request.page(),
            (long) (request.page() + 1) * PAGE_SIZE < listed.total(),
            role == Role.ADMIN || role == Role.AGENT,
            role == Role.ADMIN,
            form,
            problem,
            notice));
    return "outages/list";
  }
}
