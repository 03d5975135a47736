package org.accordo.app.monitoring;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;
import org.accordo.app.customers.Customer;
import org.accordo.app.customers.CustomerService;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.security.Caller;
import org.accordo.app.security.Role;
import org.accordo.app.ui.PageContext;
import org.accordo.app.ui.WebPage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The monitors' pages. Staff: {@code /customers/{id}/monitors}, a customer's monitors with each
 * service's live status and the month's coverage, with pause, resume and delete; {@code
 * /customers/{id}/monitors/new}, the form of a new monitor. A customer's user: {@code
 * /portal/monitors}, their own services' status, read only, and {@code /portal/monitors/{id}}, one
 * of their monitors (another customer's is the not-found page of a missing one).
 */
@WebPage
class MonitorsPage {

  private final Monitors monitors;
  private final ServiceStatuses statuses;
  private final CustomerService customers;
  private final Clock clock;

  MonitorsPage(
      Monitors monitors, ServiceStatuses statuses, CustomerService customers, Clock clock) {
    this.monitors = monitors;
    this.statuses = statuses;
    this.customers = customers;
    this.clock = clock;
  }

  @GetMapping("/customers/{id}/monitors")
  String list(@ModelAttribute("page") PageContext page, @PathVariable String id, Model model) {
    Caller caller = page.viewer().caller();
    Customer customer = customers.get(caller, id);
    model.addAttribute("customer", customer.name());
    model.addAttribute("disabled", !customer.active());
    model.addAttribute("view", view(page, caller, customer));
    model.addAttribute("notice", model.getAttribute("notice"));
    return "monitoring/monitors";
  }

  @GetMapping("/customers/{id}/monitors/new")
  String blank(@ModelAttribute("page") PageContext page, @PathVariable String id, Model model) {
    Caller caller = page.viewer().caller();
    customers.get(caller, id);
    caller.requireRole(Role.ADMIN, Role.AGENT);
    model.addAttribute("customerId", id);
    model.addAttribute("form", MonitorForm.blank(monitors.services(caller, id)));
    return "monitoring/new";
  }

  @PostMapping("/customers/{id}/monitors")
  String create(
      @ModelAttribute("page") PageContext page,
      @PathVariable String id,
      @RequestParam Map<String, String> parameters,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Caller caller = page.viewer().caller();
    MonitorForm form =
        new MonitorForm(MonitorForm.typed(parameters), monitors.services(caller, id), null, null);
    try {
      Monitor created = monitors.create(caller, id, form.request());
      redirect.addFlashAttribute("notice", created.name());
      return "redirect:/customers/" + id + "/monitors";
    } catch (InvalidField invalid) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("customerId", id);
      model.addAttribute("form", form.refusedBy(invalid));
      return "monitoring/new";
    }
  }

  @PostMapping("/customers/{id}/monitors/{monitorId}/pause")
  String pause(
      @ModelAttribute("page") PageContext page,
      @PathVariable String id,
      @PathVariable String monitorId) {
    monitors.pause(page.viewer().caller(), id, monitorId);
    return "redirect:/customers/" + id + "/monitors";
  }

  @PostMapping("/customers/{id}/monitors/{monitorId}/resume")
  String resume(
      @ModelAttribute("page") PageContext page,
      @PathVariable String id,
      @PathVariable String monitorId) {
    monitors.resume(page.viewer().caller(), id, monitorId);
    return "redirect:/customers/" + id + "/monitors";
  }

  @PostMapping("/customers/{id}/monitors/{monitorId}/delete")
  String delete(
      @ModelAttribute("page") PageContext page,
      @PathVariable String id,
      @PathVariable String monitorId) {
    monitors.delete(page.viewer().caller(), id, monitorId);
    return "redirect:/customers/" + id + "/monitors";
  }

  @GetMapping("/portal/monitors")
  String portal(@ModelAttribute("page") PageContext page, Model model) {
    Caller caller = page.viewer().caller();
    Customer customer = customers.get(caller, page.viewer().customerId());
    model.addAttribute("view", view(page, caller, customer));
    return "monitoring/portal";
  }

  @GetMapping("/portal/monitors/{monitorId}")
  String portalMonitor(
      @ModelAttribute("page") PageContext page, @PathVariable String monitorId, Model model) {
    Caller caller = page.viewer().caller();
    String customerId = page.viewer().customerId();
    monitors.get(caller, customerId, monitorId);
    Customer customer = customers.get(caller, customerId);
    MonitorsView view = view(page, caller, customer);
    model.addAttribute(
        "monitor",
        view.monitors().stream().filter(m -> m.id().equals(monitorId)).findFirst().orElseThrow());
    return "monitoring/portal-monitor";
  }

  private MonitorsView view(PageContext page, Caller caller, Customer customer) {
    YearMonth month = YearMonth.from(clock.instant().atZone(customer.timeZone()));
    return MonitorsView.of(
        customer.id(),
        statuses.statuses(caller, customer.id()),
        statuses.coverage(caller, customer.id(), month),
        page.zone());
  }
}
