package org.accordo.app.notifications;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import org.accordo.app.customers.CustomerService;
import org.accordo.app.egress.EgressPolicy;
import org.accordo.app.egress.UrlCredentials;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.security.Caller;
import org.accordo.app.ui.PageContext;
import org.accordo.app.ui.WebPage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /admin/webhooks} (admins): the webhook subscriptions, adding one (URL, secret, optionally
 * one customer; checked as the API checks them) and disabling one, through {@link Notifications},
 * which audits both.
 */
@WebPage
class WebhooksPage {

  private final Notifications notifications;
  private final CustomerService customers;
  private final EgressPolicy egress;

  WebhooksPage(Notifications notifications, CustomerService customers, EgressPolicy egress) {
    this.notifications = notifications;
    this.customers = customers;
    this.egress = egress;
  }

  @GetMapping("/admin/webhooks")
  String list(@ModelAttribute("page") PageContext page, Model model) {
    return show(page, "", "", null, model);
  }

  @PostMapping("/admin/webhooks")
  String add(
      @ModelAttribute("page") PageContext page,
      @RequestParam(name = "url", defaultValue = "") String url,
      @RequestParam(name = "secret", defaultValue = "") String secret,
      @RequestParam(name = "customer", defaultValue = "") String customer,
      Model model,
      HttpServletResponse response) {
    try {
      NotificationController.NewWebhook request =
          new NotificationController.NewWebhook(url, secret, customer.isBlank() ? null : customer);
      notifications.subscribe(
          page.viewer().caller(),
          WebhookUrl.parse(request.url(), egress),
          request.secret(),
          request.customerId());
      return "redirect:/admin/webhooks";
    } catch (InvalidField invalid) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return show(
          page,
          url,
          customer,
          page.t("page.webhooks.refused", invalid.field(), invalid.reason()),
          model);
    }
  }

  @PostMapping("/admin/webhooks/{id}/disable")
  String disable(@ModelAttribute("page") PageContext page, @PathVariable("id") String id) {
    notifications.disable(page.viewer().caller(), id);
    return "redirect:/admin/webhooks";
  }

  private String show(PageContext page, String url, String customer, String problem, Model model) {
    Caller caller = page.viewer().caller();
    model.addAttribute(
        "webhooks",
        new WebhooksView(
            notifications.subscriptions(caller).stream()
                .sorted(Comparator.comparing(WebhookSubscription::createdAt).reversed())
                .map(
                    s ->
                        new WebhooksView.Line(
                            s.id(),
                            UrlCredentials.masked(s.url().toString()),
                            s.customerId() == null ? "" : s.customerId(),
                            page.instant(s.createdAt()),
                            s.disabledAt() == null
                                ? null
                                : page.instant(s.disabledAt())
                                    + (s.disabledReason() == null
                                        ? ""
                                        : " (" + s.disabledReason().id() + ")")))
                .toList(),
            customers.all(caller),
            url,
            customer,
            problem));
    return "notifications/webhooks";
  }
}
