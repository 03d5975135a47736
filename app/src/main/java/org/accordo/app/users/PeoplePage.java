package org.accordo.app.users;

import jakarta.servlet.http.HttpServletResponse;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.accordo.app.customers.CustomerService;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.security.Role;
import org.accordo.app.ui.PageContext;
import org.accordo.app.ui.WebPage;
import org.accordo.core.contract.DocumentLanguage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/people} (admins): every account, the form that invites someone (the one-time link
 * goes by e-mail), changing an account's role, and disabling or enabling an account. A refused
 * invitation or role change shows its form again with what was typed and why; a done one redirects
 * (post, redirect, get) with a notice. Demoting the last admin is the 422 page ({@link
 * LastAdminKept}).
 */
@WebPage
class PeoplePage {

  private final People people;
  private final CustomerService customers;

  PeoplePage(People people, CustomerService customers) {
    this.people = people;
    this.customers = customers;
  }

  @GetMapping("/admin/people")
  String list(@ModelAttribute("page") PageContext page, Model model) {
    // after a sent invitation, its address comes as a flash attribute (post, redirect, get)
    Object invitedTo = model.getAttribute("invitedTo");
    Object roleChangedOf = model.getAttribute("roleChangedOf");
    return show(
        new PeopleView(
            people.all(page.viewer().caller()),
            customers.all(page.viewer().caller()),
            PeopleView.InviteForm.empty(page.zone()),
            null,
            invitedTo instanceof String address ? address : null,
            null,
            roleChangedOf instanceof String address ? address : null),
        model);
  }

  @PostMapping("/admin/people/{id}/role")
  String changeRole(
      @ModelAttribute("page") PageContext page,
      @PathVariable("id") String id,
      @RequestParam(name = "role", defaultValue = "") String role,
      @RequestParam(name = "customer", defaultValue = "") String customer,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      User changed =
          people.changeRole(
              page.viewer().caller(),
              id,
              Role.fromId(role).orElseThrow(() -> new InvalidField("role", "is not a role")),
              customer.isBlank() ? null : customer.strip());
      redirect.addFlashAttribute("roleChangedOf", changed.email());
      return "redirect:/admin/people";
    } catch (InvalidField invalid) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      PeopleView.RoleChange refused =
          new PeopleView.RoleChange(id, role, customer, PeopleView.Problem.of(invalid));
      return show(view(page, PeopleView.InviteForm.empty(page.zone()), null, refused), model);
    }
  }

  @PostMapping("/admin/people")
  String invite(
      @ModelAttribute("page") PageContext page,
      @RequestParam(name = "email", defaultValue = "") String email,
      @RequestParam(name = "name", defaultValue = "") String name,
      @RequestParam(name = "role", defaultValue = "agent") String role,
      @RequestParam(name = "customer", defaultValue = "") String customer,
      @RequestParam(name = "language", defaultValue = "") String language,
      @RequestParam(name = "zone", defaultValue = "UTC") String zone,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    PeopleView.InviteForm form =
        new PeopleView.InviteForm(email, name, role, customer, language, zone);
    try {
      People.Invited invited =
          people.invite(
              page.viewer().caller(),
              new People.Invitation(
                  email,
                  name,
                  Role.fromId(role).orElseThrow(() -> new InvalidField("role", "is not a role")),
                  customer.isBlank() ? null : customer,
                  DocumentLanguage.fromCode(language).orElse(null),
                  zone(zone)));
      redirect.addFlashAttribute("invitedTo", invited.user().email());
      return "redirect:/admin/people";
    } catch (InvalidField invalid) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return show(view(page, form, PeopleView.Problem.of(invalid), null), model);
    } catch (UserExists exists) {
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      return show(view(page, form, PeopleView.Problem.exists(email), null), model);
    }
  }

  @PostMapping("/admin/people/{id}/disable")
  String disable(@ModelAttribute("page") PageContext page, @PathVariable("id") String id) {
    people.disable(page.viewer().caller(), id);
    return "redirect:/admin/people";
  }

  @PostMapping("/admin/people/{id}/enable")
  String enable(@ModelAttribute("page") PageContext page, @PathVariable("id") String id) {
    people.enable(page.viewer().caller(), id);
    return "redirect:/admin/people";
  }

  private PeopleView view(
      PageContext page,
      PeopleView.InviteForm form,
      PeopleView.Problem problem,
      PeopleView.RoleChange roleChange) {
    return new PeopleView(
        people.all(page.viewer().caller()),
        customers.all(page.viewer().caller()),
        form,
        problem,
        null,
        roleChange,
        null);
  }

  private static String show(PeopleView view, Model model) {
    model.addAttribute("people", view);
    return "users/people";
  }

  private static ZoneId zone(String zone) {
    try {
      return ZoneId.of(zone.strip());
    } catch (DateTimeException e) {
      throw new InvalidField("zone", "is not a time zone such as Europe/Rome");
    }
  }
}
