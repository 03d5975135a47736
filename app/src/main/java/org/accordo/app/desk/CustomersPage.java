package org.accordo.app.desk;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.accordo.app.clocks.OpenClocks;
import org.accordo.app.customers.Customer;
import org.accordo.app.customers.CustomerService;
import org.accordo.app.customers.CustomerState;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.security.Caller;
import org.accordo.app.ui.PageContext;
import org.accordo.app.ui.WebPage;
import org.accordo.app.web.Require;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /customers} (staff): every customer with its contract in force and this month's breaches;
 * {@code /customers/{id}}: one customer's contract in force and its month so far (compliance,
 * availability and downtime budget, credits owed); {@code /customers/{id}/edit} (admins): its name
 * and time zone. A customer the viewer may not see is the 404 page of a missing one.
 */
@WebPage
class CustomersPage {

  private final CustomerService customers;
  private final CustomerMonth months;
  private final OpenClocks clocks;
  private final Clock clock;

  CustomersPage(CustomerService customers, CustomerMonth months, OpenClocks clocks, Clock clock) {
    this.customers = customers;
    this.months = months;
    this.clocks = clocks;
    this.clock = clock;
  }

  @GetMapping("/customers")
  String list(@ModelAttribute("page") PageContext page, Model model) {
    Caller caller = page.viewer().caller();
    Instant now = clock.instant();
    LocalDate first = LocalDate.ofInstant(now, page.zone()).withDayOfMonth(1);
    Map<String, Long> breaches =
        clocks.breachesPerCustomer(
            caller,
            first.atStartOfDay(page.zone()).toInstant(),
            first.plusMonths(1).atStartOfDay(page.zone()).toInstant());
    List<CustomerListLine> lines =
        customers.all(caller).stream()
            .sorted(Comparator.comparing(Customer::name, String.CASE_INSENSITIVE_ORDER))
            .map(
                c ->
                    new CustomerListLine(
                        c.id(),
                        c.name(),
                        c.timeZone().getId(),
                        months
                            .inForce(c.id(), c.timeZone(), now)
                            .map(
                                loaded ->
                                    page.t(
                                        "page.customers.contract",
                                        loaded.contract().header().id(),
                                        loaded.version()))
                            .orElse(null),
                        breaches.getOrDefault(c.id(), 0L)))
            .toList();
    model.addAttribute("customers", lines);
    return "desk/customers";
  }

  @GetMapping("/customers/{id}")
  String customer(@ModelAttribute("page") PageContext page, @PathVariable String id, Model model) {
    Customer customer = customers.get(page.viewer().caller(), id);
    Instant now = clock.instant();
    model.addAttribute(
        "customer",
        CustomerView.of(
            customer,
            months.of(customer.id(), customer.timeZone(), now),
            now,
            page.zone(),
            page.labels()));
    model.addAttribute("saved", model.getAttribute("saved") != null);
    model.addAttribute("state", customer.state().id());
    return "desk/customer";
  }

  @GetMapping("/customers/{id}/edit")
  String edit(@ModelAttribute("page") PageContext page, @PathVariable String id, Model model) {
    Customer customer = customers.get(page.viewer().caller(), id);
    model.addAttribute(
        "form",
        new CustomerForm(
            customer.id(),
            customer.name(),
            customer.timeZone().getId(),
            customer.state(),
            null,
            null));
    return "desk/customer-edit";
  }

  @PostMapping("/customers/{id}/edit")
  String save(
      @ModelAttribute("page") PageContext page,
      @PathVariable String id,
      @RequestParam(name = "name", defaultValue = "") String name,
      @RequestParam(name = "zone", defaultValue = "") String zone,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Caller caller = page.viewer().caller();
    CustomerState state = customers.get(caller, id).state();
    try {
      customers.update(caller, id, Require.text(name, "name", 200), zone(zone));
      redirect.addFlashAttribute("saved", Boolean.TRUE);
      return "redirect:/customers/" + id;
    } catch (InvalidField invalid) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute(
          "form",
          new CustomerForm(
              id, name, zone, state, CustomerForm.labelKey(invalid.field()), invalid.reason()));
      return "desk/customer-edit";
    }
  }

  /** Disables the customer or enables it again (admins; the service refuses others). */
  @PostMapping("/customers/{id}/state")
  String changeState(
      @ModelAttribute("page") PageContext page,
      @PathVariable String id,
      @RequestParam(name = "state", defaultValue = "") String state,
      RedirectAttributes redirect) {
    CustomerState wanted =
        CustomerState.of(state)
            .orElseThrow(() -> new InvalidField("state", "must be active or disabled"));
    customers.changeState(page.viewer().caller(), id, wanted);
    redirect.addFlashAttribute("saved", Boolean.TRUE);
    return "redirect:/customers/" + id;
  }

  private static ZoneId zone(String zone) {
    try {
      return ZoneId.of(zone.strip());
    } catch (DateTimeException e) {
      throw new InvalidField("zone", "is not a time zone such as Europe/Rome");
    }
  }
}
