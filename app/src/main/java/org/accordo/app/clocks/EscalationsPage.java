package org.accordo.app.clocks;

import org.accordo.app.customers.CustomerService;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.security.Caller;
import org.accordo.app.ui.PageContext;
import org.accordo.app.ui.WebPage;
import org.accordo.app.web.PageRequest;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /escalations} (staff): every escalation and breach recorded, newest first, filtered by
 * customer and kind, 25 a page, each linking to its ticket's page.
 */
@WebPage
class EscalationsPage {

  private final Escalations escalations;
  private final CustomerService customers;

  EscalationsPage(Escalations escalations, CustomerService customers) {
    this.escalations = escalations;
    this.customers = customers;
  }

  @GetMapping("/escalations")
  String feed(
      @ModelAttribute("page") PageContext page,
      @RequestParam(name = "customer", required = false) String customer,
      @RequestParam(name = "kind", required = false) String kind,
      @RequestParam(name = "page", required = false) Integer number,
      Model model) {
    Caller caller = page.viewer().caller();
    String customerId = customer == null || customer.isBlank() ? null : customer;
    EscalationKind filtered =
        kind == null || kind.isBlank()
            ? null
            : EscalationKind.fromId(kind)
                .orElseThrow(() -> new InvalidField("kind", "is not escalation or breach"));
    var found =
        escalations.page(
            caller,
            new EscalationRepository.Filter(customerId, null, filtered),
            PageRequest.of(
                number,
                EscalationFeed.SIZE,
                null,
                EscalationRepository.SORTS.keySet(),
                "-recorded_at"));
    model.addAttribute(
        "feed",
        EscalationFeed.of(
            customerId,
            filtered,
            found.map(Escalations.Named::escalation),
            customers.all(caller),
            page.zone(),
            page.labels()));
    return "clocks/escalations";
  }
}
