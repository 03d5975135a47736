package org.accordo.app.disputes;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.security.Caller;
import org.accordo.app.ui.PageContext;
import org.accordo.app.ui.WebPage;
import org.accordo.app.web.PageRequest;
import org.accordo.app.web.Require;
import org.accordo.core.availability.OutageCause;
import org.accordo.core.policy.Metric;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /disputes}: the disputes a person may see (staff: every customer's; a customer's user:
 * their own), the form a customer's user opens one with (linked from a statement's credit lines, a
 * ticket's clocks, an outage), and a dispute's page with its thread and, for an admin, the
 * decision. Every change goes through {@link Disputes}, which refuses what the person may not do.
 */
@WebPage
class DisputesPage {

  private static final int SHOWN = PageRequest.MAX_SIZE;

  private final Disputes disputes;

  DisputesPage(Disputes disputes) {
    this.disputes = disputes;
  }

  @GetMapping("/disputes")
  String list(@ModelAttribute("page") PageContext page, Model model) {
    Caller caller = page.viewer().caller();
    model.addAttribute(
        "lines",
        disputes
            .page(
                caller,
                new DisputeRepository.Filter(null, null, null, null),
                PageRequest.of(
                    0, SHOWN, "-opened_at", DisputeRepository.SORTS.keySet(), "-opened_at"))
            .items()
            .stream()
            .map(d -> DisputePageView.line(d, page.zone(), page.labels()))
            .toList());
    return "disputes/list";
  }

  @GetMapping("/disputes/new")
  String form(
      @ModelAttribute("page") PageContext page,
      @RequestParam Map<String, String> query,
      Model model) {
    model.addAttribute("form", form(query, null));
    return "disputes/new";
  }

  @PostMapping("/disputes")
  String open(
      @ModelAttribute("page") PageContext page,
      @RequestParam Map<String, String> posted,
      Model model,
      HttpServletResponse response) {
    try {
      DisputeController.NewDispute asked =
          new DisputeController.NewDispute(
              posted.get("subject"),
              blankless(posted.get("ticket_id")),
              blankless(posted.get("metric")),
              blankless(posted.get("outage_id")),
              blankless(posted.get("credit_line_id")),
              posted.get("text"));
      Dispute opened = disputes.open(page.viewer().caller(), asked.opening());
      return "redirect:/disputes/" + opened.id();
    } catch (InvalidField refused) {
      model.addAttribute("form", form(posted, refused));
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return "disputes/new";
    }
  }

  @GetMapping("/disputes/{id}")
  String dispute(@ModelAttribute("page") PageContext page, @PathVariable String id, Model model) {
    return show(page, id, null, model);
  }

  @PostMapping("/disputes/{id}/messages")
  String write(
      @ModelAttribute("page") PageContext page,
      @PathVariable String id,
      @RequestParam(name = "text", required = false) String text,
      @RequestParam(name = "internal", required = false) String internal,
      Model model,
      HttpServletResponse response) {
    try {
      disputes.write(
          page.viewer().caller(),
          id,
          Require.text(text, "text", DisputeController.TEXT_LENGTH),
          internal != null);
    } catch (InvalidField refused) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return show(page, id, refused, model);
    }
    return "redirect:/disputes/" + id;
  }

  @PostMapping("/disputes/{id}/acceptance")
  String accept(
      @ModelAttribute("page") PageContext page,
      @PathVariable String id,
      @RequestParam Map<String, String> posted,
      Model model,
      HttpServletResponse response) {
    try {
      Correction correction = correction(posted, page.zone());
      disputes.accept(
          page.viewer().caller(),
          id,
          correction,
          Require.optionalText(
              blankless(posted.get("note")), "note", DisputeController.NOTE_LENGTH));
    } catch (InvalidField refused) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return show(page, id, refused, model);
    }
    return "redirect:/disputes/" + id;
  }

  @PostMapping("/disputes/{id}/rejection")
  String reject(
      @ModelAttribute("page") PageContext page,
      @PathVariable String id,
      @RequestParam(name = "reason", required = false) String reason,
      Model model,
      HttpServletResponse response) {
    try {
      disputes.reject(
          page.viewer().caller(),
          id,
          Require.text(blankless(reason), "reason", DisputeController.TEXT_LENGTH));
    } catch (InvalidField refused) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return show(page, id, refused, model);
    }
    return "redirect:/disputes/" + id;
  }

  private String show(PageContext page, String id, InvalidField refused, Model model) {
    Disputes.WithThread read = disputes.get(page.viewer().caller(), id);
    model.addAttribute(
        "dispute", DisputePageView.of(read, page.viewer().role(), page.zone(), page.labels()));
    model.addAttribute(
        "refusal",
        refused == null ? null : page.t("page.dispute.refused", refused.field(), refused.reason()));
    return "disputes/dispute";
  }

  private static NewDisputeForm form(Map<String, String> fields, InvalidField refused) {
    return new NewDisputeForm(
        fields.get("subject"),
        fields.get("ticket_id"),
        fields.get("metric"),
        fields.get("outage_id"),
        fields.get("credit_line_id"),
        fields.get("text"),
        refused == null ? null : refused.field(),
        refused == null ? null : refused.reason());
  }

  /** The correction the acceptance form names; instants typed in the viewer's zone. */
  private static Correction correction(Map<String, String> posted, ZoneId zone) {
    String metric = blankless(posted.get("metric"));
    String cause = blankless(posted.get("cause"));
    return new Correction(
        blankless(posted.get("ticket_id")),
        metric == null
            ? null
            : Metric.fromId(metric)
                .orElseThrow(() -> new InvalidField("correction.metric", "is not a ticket metric")),
        local(posted.get("from"), "correction.from", zone),
        local(posted.get("to"), "correction.to", zone),
        blankless(posted.get("outage_id")),
        cause == null
            ? null
            : OutageCause.fromId(cause)
                .orElseThrow(
                    () ->
                        new InvalidField(
                            "correction.cause", "must be one of " + OutageCause.ids())));
  }

  private static Instant local(String value, String field, ZoneId zone) {
    String typed = blankless(value);
    if (typed == null) {
      return null;
    }
    try {
      return LocalDateTime.parse(typed).atZone(zone).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidField(field, "must be a date and time such as 2026-03-10T08:00");
    }
  }

  private static String blankless(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
