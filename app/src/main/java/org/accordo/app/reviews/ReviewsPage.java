package org.accordo.app.reviews;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.accordo.app.customers.CustomerService;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.security.Caller;
import org.accordo.app.security.Role;
import org.accordo.app.ui.PageContext;
import org.accordo.app.ui.WebPage;
import org.accordo.app.web.Require;
import org.accordo.core.contract.DocumentLanguage;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /reviews/{customer}}: a customer's SLA reviews for staff (the schedule, the reviews held,
 * the record form, the pack's download) and, read-only, for the customer's own users (another
 * customer's is the 404 page of a missing one, through the facade's scoping). Recording posts the
 * form (CSRF-protected; staff only by the pages' chain and by {@link Reviews}).
 */
@WebPage
class ReviewsPage {

  private final Reviews reviews;
  private final ReviewPacks packs;
  private final CustomerService customers;

  ReviewsPage(Reviews reviews, ReviewPacks packs, CustomerService customers) {
    this.reviews = reviews;
    this.packs = packs;
    this.customers = customers;
  }

  @GetMapping("/reviews/{customerId}")
  String reviews(
      @ModelAttribute("page") PageContext page, @PathVariable String customerId, Model model) {
    return show(page, customerId, model);
  }

  /** The pack of the months asked, as a PDF to download or an HTML page, in English or Italian. */
  @GetMapping("/reviews/{customerId}/pack")
  ResponseEntity<byte[]> pack(
      @ModelAttribute("page") PageContext page,
      @PathVariable String customerId,
      @RequestParam(name = "from", required = false) String from,
      @RequestParam(name = "to", required = false) String to,
      @RequestParam(name = "lang", required = false) String lang,
      @RequestParam(name = "format", required = false) String format) {
    DocumentLanguage language =
        lang == null
            ? page.language()
            : DocumentLanguage.fromCode(lang)
                .orElseThrow(() -> new InvalidField("lang", "must be en or it"));
    ReviewPack pack =
        packs.pack(
            page.viewer().caller(),
            customerId,
            new ReviewPacks.Question(
                ReviewPackController.month("from", from),
                ReviewPackController.month("to", to),
                Optional.empty()));
    if ("html".equals(format)) {
      return ResponseEntity.ok()
          .contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
          .body(ReviewPackDocument.html(pack, language).getBytes(StandardCharsets.UTF_8));
    }
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"" + ReviewPackController.fileName(pack, language) + "\"")
        .body(ReviewPackDocument.pdf(pack, language));
  }

  @PostMapping("/reviews/{customerId}")
  String record(
      @ModelAttribute("page") PageContext page,
      @PathVariable String customerId,
      @RequestParam(name = "held_on", required = false) String heldOn,
      @RequestParam(name = "outcome", required = false) String outcome,
      @RequestParam(name = "attendees", required = false) String attendees,
      @RequestParam(name = "next_review", required = false) String nextReview,
      @RequestParam(name = "contract", required = false) String contract,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      reviews.record(
          page.viewer().caller(),
          customerId,
          new Reviews.NewReview(
              date(heldOn, "held_on"),
              Require.text(outcome, "outcome", 4000),
              names(attendees),
              date(nextReview, "next_review"),
              contract == null || contract.isBlank() ? null : contract));
    } catch (InvalidField refused) {
      model.addAttribute(
          "refusal",
          new ReviewsPageView.Refusal(
              refused.field(), refused.reason(), heldOn, outcome, attendees, nextReview));
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return show(page, customerId, model);
    }
    redirect.addFlashAttribute("recorded", heldOn);
    return "redirect:/reviews/" + customerId;
  }

  private String show(PageContext page, String customerId, Model model) {
    Caller caller = page.viewer().caller();
    String name = customers.visible(caller, customerId).name();
    model.addAttribute(
        "reviews",
        ReviewsPageView.of(
            name,
            customerId,
            reviews.schedule(caller, customerId),
            page.labels(),
            caller.role() != Role.CUSTOMER));
    if (!model.containsAttribute("refusal")) {
      model.addAttribute("refusal", null);
    }
    if (!model.containsAttribute("recorded")) {
      model.addAttribute("recorded", null);
    }
    return "reviews/reviews";
  }

  private static LocalDate date(String text, String field) {
    Require.present(text == null || text.isBlank() ? null : text, field);
    try {
      return Require.supportedDate(LocalDate.parse(text.strip()), field);
    } catch (DateTimeParseException e) {
      throw new InvalidField(field, "is not a date such as 2026-07-01");
    }
  }

  /** The attendees, one per comma, 1 to 50. */
  private static List<String> names(String text) {
    List<String> names =
        text == null
            ? List.of()
            : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    if (names.isEmpty() || names.size() > ReviewController.MAX_ATTENDEES) {
      throw new InvalidField(
          "attendees",
          "lists 1 to " + ReviewController.MAX_ATTENDEES + " names, separated by commas");
    }
    return names.stream().map(n -> Require.text(n, "attendees", 200)).toList();
  }
}
