package org.accordo.app.users;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import org.accordo.app.customers.CustomerService;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.security.ApiToken;
import org.accordo.app.security.Caller;
import org.accordo.app.security.Role;
import org.accordo.app.security.TokenService;
import org.accordo.app.ui.PageContext;
import org.accordo.app.ui.WebPage;
import org.accordo.app.web.Require;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /admin/tokens} (admins): the API's tokens (never their secrets), issuing one (its secret
 * is shown in the answer to the post, once, and is not kept anywhere), and revoking one. Issuing
 * and revoking go through the security module's {@link TokenService}, which audits them.
 */
@WebPage
class TokensPage {

  private final TokenService tokens;
  private final CustomerService customers;

  TokensPage(TokenService tokens, CustomerService customers) {
    this.tokens = tokens;
    this.customers = customers;
  }

  @GetMapping("/admin/tokens")
  String list(@ModelAttribute("page") PageContext page, Model model) {
    return show(page, new TokensView.Form(null, null, null), null, null, model);
  }

  @PostMapping("/admin/tokens")
  String issue(
      @ModelAttribute("page") PageContext page,
      @RequestParam(name = "name", defaultValue = "") String name,
      @RequestParam(name = "role", defaultValue = "agent") String role,
      @RequestParam(name = "customer", defaultValue = "") String customer,
      Model model,
      HttpServletResponse response) {
    TokensView.Form form = new TokensView.Form(name, role, customer);
    try {
      TokenService.IssuedToken issued =
          tokens.issue(
              page.viewer().caller(),
              Require.text(name, "name", 200),
              Role.fromId(role).orElseThrow(() -> new InvalidField("role", "is not a role")),
              customer.isBlank() ? null : customer);
      response.setStatus(HttpServletResponse.SC_CREATED);
      return show(
          page,
          new TokensView.Form(null, null, null),
          null,
          new TokensView.Issued(issued.token().id(), issued.token().name(), issued.secret()),
          model);
    } catch (InvalidField invalid) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return show(page, form, PeopleView.Problem.of(invalid), null, model);
    }
  }

  @PostMapping("/admin/tokens/{id}/revoke")
  String revoke(@ModelAttribute("page") PageContext page, @PathVariable("id") String id) {
    tokens.revoke(page.viewer().caller(), id);
    return "redirect:/admin/tokens";
  }

  private String show(
      PageContext page,
      TokensView.Form form,
      PeopleView.Problem problem,
      TokensView.Issued issued,
      Model model) {
    Caller caller = page.viewer().caller();
    List<TokensView.TokenLine> lines =
        tokens.list(caller).stream()
            .sorted(Comparator.comparing(ApiToken::createdAt).reversed())
            .map(
                t ->
                    new TokensView.TokenLine(
                        t.id(),
                        t.name(),
                        t.role().id(),
                        t.customerId() == null ? "" : t.customerId(),
                        page.instant(t.createdAt()),
                        t.revokedAt() == null ? null : page.instant(t.revokedAt())))
            .toList();
    model.addAttribute(
        "tokens", new TokensView(lines, customers.all(caller), form, problem, issued));
    return "users/tokens";
  }
}
