package org.accordo.app.notifications;

import org.accordo.app.customers.CustomerService;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.security.Caller;
import org.accordo.app.security.Role;
import org.accordo.app.ui.PageContext;
import org.accordo.app.ui.WebPage;
import org.accordo.app.web.PageRequest;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /notifications} (staff): the feed of deliveries of escalations, newest first, filtered by
 * customer and state, 25 a page; an admin retries a dead one ({@code POST
 * /notifications/{id}/retry}, audited), which goes back to the feed with a notice.
 */
@WebPage
class NotificationsPage {

  private final Notifications notifications;
  private final CustomerService customers;

  NotificationsPage(Notifications notifications, CustomerService customers) {
    this.notifications = notifications;
    this.customers = customers;
  }

  @GetMapping("/notifications")
  String feed(
      @ModelAttribute("page") PageContext page,
      @RequestParam(name = "customer", required = false) String customer,
      @RequestParam(name = "state", required = false) String state,
      @RequestParam(name = "page", required = false) Integer number,
      Model model) {
    Caller caller = page.viewer().caller();
    String customerId = customer == null || customer.isBlank() ? null : customer;
    DeliveryState filtered = state(state);
    var found =
        notifications.page(
            caller,
            new NotificationRepository.Filter(customerId, null, filtered),
            PageRequest.of(
                number,
                NotificationFeed.SIZE,
                null,
                NotificationRepository.SORTS.keySet(),
                "-created_at"));
    model.addAttribute(
        "feed",
        NotificationFeed.of(
            customerId,
            filtered,
            found,
            customers.all(caller),
            page.viewer().role() == Role.ADMIN,
            page.zone(),
            page.labels()));
    model.addAttribute("retried", model.getAttribute("retried"));
    return "notifications/feed";
  }

  @PostMapping("/notifications/{id}/retry")
  String retry(
      @ModelAttribute("page") PageContext page,
      @PathVariable String id,
      RedirectAttributes redirect) {
    Notification retried = notifications.retry(page.viewer().caller(), id);
    redirect.addFlashAttribute("retried", retried.recipient().address());
    return "redirect:/notifications?state=pending";
  }

  private static DeliveryState state(String state) {
    if (state == null || state.isBlank()) {
      return null;
    }
    try {
      return DeliveryState.of(state);
    } catch (IllegalArgumentException e) {
      throw new InvalidField("state", "is not pending, delivered or dead");
    }
  }
}
