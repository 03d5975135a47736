package org.accordo.app.desk;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.accordo.app.clocks.Escalations;
import org.accordo.app.clocks.TicketClocks;
import org.accordo.app.customers.CustomerService;
import org.accordo.app.notifications.Notifications;
import org.accordo.app.render.Labels;
import org.accordo.app.security.Caller;
import org.accordo.app.tickets.TicketService;
import org.accordo.app.tickets.TicketService.TicketWithEvents;
import org.accordo.app.ui.PageContext;
import org.accordo.app.ui.WebPage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /tickets/{id}} (staff): one ticket with its clocks measured at the moment of asking (a bar
 * of each clock's life and the story {@code accordo clock explain} tells), its events, and the
 * escalations and notifications it caused. Composes the tickets', clocks' and notifications' Java
 * APIs; a ticket the viewer may not see is the same 404 page as a missing one.
 */
@WebPage
class TicketPage {

  private final TicketService tickets;
  private final TicketClocks clocks;
  private final Escalations escalations;
  private final Notifications notifications;
  private final CustomerService customers;
  private final Clock clock;

  TicketPage(
      TicketService tickets,
      TicketClocks clocks,
      Escalations escalations,
      Notifications notifications,
      CustomerService customers,
      Clock clock) {
    this.tickets = tickets;
    this.clocks = clocks;
    this.escalations = escalations;
    this.notifications = notifications;
    this.customers = customers;
    this.clock = clock;
  }

  @GetMapping("/tickets/{id}")
  String ticket(@ModelAttribute("page") PageContext page, @PathVariable String id, Model model) {
    model.addAttribute("ticket", view(page.viewer().caller(), id, page.zone(), page.labels()));
    return "desk/ticket";
  }

  private TicketPageView view(Caller caller, String id, ZoneId zone, Labels labels) {
    TicketWithEvents found = tickets.get(caller, id);
    Instant now = clock.instant();
    return TicketPageView.of(
        found.ticket(),
        customers.visible(caller, found.ticket().customerId()).name(),
        clocks.explained(id, now).stream().map(e -> ClockPanel.of(e, now, zone, labels)).toList(),
        found.events().stream().map(e -> TicketPageView.event(e, zone, labels)).toList(),
        escalations.ofTicket(caller, id).stream()
            .map(e -> TicketPageView.escalation(e, zone, labels))
            .toList(),
        notifications.ofTicket(caller, id).stream()
            .map(n -> TicketPageView.notification(n, zone, labels))
            .toList(),
        now,
        zone,
        labels);
  }
}
