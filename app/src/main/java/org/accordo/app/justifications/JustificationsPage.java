package org.accordo.app.justifications;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.ui.PageContext;
import org.accordo.app.ui.WebPage;
import org.accordo.app.web.PageRequest;
import org.accordo.app.web.Require;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /justifications}: the staff's requests to excuse a clock (filtered by state and customer),
 * the form an agent asks with (linked from the ticket page's clocks), and an admin's approval or
 * rejection. Every change goes through {@link Justifications}, which enforces the four-eyes rule:
 * the page only hides the buttons from the asker, a forged post is refused by the facade.
 */
@WebPage
class JustificationsPage {

  private final Justifications justifications;

  JustificationsPage(Justifications justifications) {
    this.justifications = justifications;
  }

  @GetMapping("/justifications")
  String list(
      @ModelAttribute("page") PageContext page,
      @RequestParam(name = "state", required = false) String state,
      @RequestParam(name = "customer_id", required = false) String customerId,
      Model model) {
    JustificationState chosen =
        blankless(state) == null
            ? null
            : JustificationState.fromId(state)
                .orElseThrow(
                    () -> new InvalidField("state", "must be requested, approved or rejected"));
    String customer = blankless(customerId);
    model.addAttribute(
        "lines",
        justifications
            .page(
                page.viewer().caller(),
                new JustificationRepository.Filter(customer, null, chosen),
                PageRequest.of(
                    0,
                    PageRequest.MAX_SIZE,
                    "-asked_at",
                    JustificationRepository.SORTS.keySet(),
                    "-asked_at"))
            .items()
            .stream()
            .map(j -> JustificationPageView.line(j, page.viewer(), page.zone(), page.labels()))
            .toList());
    if (!model.containsAttribute("notice")) {
      model.addAttribute("notice", null);
    }
    model.addAttribute("state", chosen == null ? "" : chosen.id());
    model.addAttribute("customer", customer == null ? "" : customer);
    return "justifications/list";
  }

  @GetMapping("/justifications/new")
  String form(
      @ModelAttribute("page") PageContext page,
      @RequestParam Map<String, String> query,
      Model model) {
    model.addAttribute("form", form(query, null, null));
    return "justifications/new";
  }

  @PostMapping("/justifications")
  String ask(
      @ModelAttribute("page") PageContext page,
      @RequestParam Map<String, String> posted,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      Justification asked = justifications.ask(page.viewer().caller(), asking(posted, page.zone()));
      redirect.addFlashAttribute(
          "notice",
          page.t(
              "page.justifications.asked.notice",
              JustificationPageView.clock(asked, page.labels())));
      return "redirect:/justifications?state=requested";
    } catch (InvalidField refused) {
      model.addAttribute("form", form(posted, refused.field(), refused.reason()));
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return "justifications/new";
    } catch (ClockNotExcusable refused) {
      model.addAttribute("form", form(posted, "metric", refused.getMessage()));
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      return "justifications/new";
    }
  }

  @PostMapping("/justifications/{id}/approval")
  String approve(
      @ModelAttribute("page") PageContext page,
      @PathVariable String id,
      @RequestParam(name = "note", required = false) String note) {
    Justification approved =
        justifications.approve(
            page.viewer().caller(),
            id,
            Require.optionalText(blankless(note), "note", JustificationController.EVIDENCE_LENGTH));
    return "redirect:/tickets/" + approved.ticketId();
  }

  @PostMapping("/justifications/{id}/rejection")
  String reject(
      @ModelAttribute("page") PageContext page,
      @PathVariable String id,
      @RequestParam(name = "note", required = false) String note) {
    justifications.reject(
        page.viewer().caller(),
        id,
        Require.text(blankless(note), "note", JustificationController.EVIDENCE_LENGTH));
    return "redirect:/justifications";
  }

  /** The request the form names, its instants typed in {@code zone}. */
  static Justifications.Asking asking(Map<String, String> posted, ZoneId zone) {
    String cycle = blankless(posted.get("cycle"));
    Integer number;
    try {
      number = cycle == null ? null : Integer.valueOf(cycle);
    } catch (NumberFormatException e) {
      throw new InvalidField("cycle", "must be a whole number such as 1");
    }
    return new JustificationController.NewJustification(
            blankless(posted.get("ticket_id")),
            blankless(posted.get("metric")),
            number,
            blankless(posted.get("reason")),
            blankless(posted.get("evidence")),
            local(posted.get("from"), "from", zone),
            local(posted.get("to"), "to", zone))
        .asking();
  }

  private static String local(String value, String field, ZoneId zone) {
    String typed = Require.present(blankless(value), field);
    try {
      return LocalDateTime.parse(typed).atZone(zone).toInstant().toString();
    } catch (DateTimeParseException e) {
      throw new InvalidField(field, "must be a date and time such as 2026-03-02T09:00");
    }
  }

  private static JustificationForm form(
      Map<String, String> fields, String refusedField, String refusal) {
    return new JustificationForm(
        fields.get("ticket_id"),
        fields.get("metric"),
        fields.get("cycle"),
        fields.get("reason"),
        fields.get("evidence"),
        fields.get("from"),
        fields.get("to"),
        refusedField,
        refusal);
  }

  private static String blankless(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
