package org.accordo.app.portal;

import org.accordo.app.tickets.TicketService;
import org.accordo.app.ui.PageContext;
import org.accordo.app.ui.WebPage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /portal}: a customer's user's home (customers' users only: the pages' security says so);
 * {@code /portal/live}: its open tickets alone, which the page polls with htmx so the time left
 * stays live; {@code /portal/tickets/{id}}: one of their tickets, another customer's being the 404
 * page of a missing one.
 */
@WebPage
class PortalPage {

  private final Portal portal;
  private final TicketService tickets;

  PortalPage(Portal portal, TicketService tickets) {
    this.portal = portal;
    this.tickets = tickets;
  }

  @GetMapping("/portal")
  String home(@ModelAttribute("page") PageContext page, Model model) {
    model.addAttribute("portal", view(page));
    return "portal/home";
  }

  @GetMapping("/portal/live")
  String live(@ModelAttribute("page") PageContext page, Model model) {
    model.addAttribute("portal", view(page));
    return "portal/live";
  }

  @GetMapping("/portal/tickets/{id}")
  String ticket(@ModelAttribute("page") PageContext page, @PathVariable String id, Model model) {
    model.addAttribute(
        "ticket",
        PortalTicket.of(
            tickets.get(page.viewer().caller(), id).ticket(), page.zone(), page.labels()));
    return "portal/ticket";
  }

  private PortalView view(PageContext page) {
    return portal.home(
        page.viewer().caller(), page.viewer().customerId(), page.zone(), page.labels());
  }
}
