package org.accordo.app.users;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.accordo.app.ui.PageContexts;
import org.accordo.app.ui.WebPage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Signing in, choosing a password through a one-time link, and asking for one when it is forgotten.
 * The sign-in form posts to Spring Security's {@code /login}; what went wrong comes back as a query
 * parameter and is shown as a notice ({@link SignInNotice}).
 */
@WebPage
class SignInPages {

  private final People people;
  private final UserSettings settings;

  SignInPages(People people, UserSettings settings) {
    this.people = people;
    this.settings = settings;
  }

  @GetMapping("/login")
  String login(HttpServletRequest request, Model model) {
    if (PageContexts.viewer().isPresent()) {
      return "redirect:/";
    }
    model.addAttribute("notice", SignInNotice.of(request.getParameterMap().keySet()));
    return "users/login";
  }

  @GetMapping("/password")
  String choose(
      @RequestParam(name = "token", required = false) String token,
      HttpServletResponse response,
      Model model) {
    return people
        .holderOf(token)
        .map(user -> form(model, new PasswordForm(token, user.name(), null)))
        .orElseGet(() -> invalid(response));
  }

  @PostMapping("/password")
  String set(
      @RequestParam(name = "token", required = false) String token,
      @RequestParam(name = "password", required = false) String password,
      @RequestParam(name = "repeat", required = false) String repeat,
      HttpServletResponse response,
      Model model) {
    var holder = people.holderOf(token);
    if (holder.isEmpty()) {
      return invalid(response);
    }
    PasswordForm.Problem problem =
        PasswordForm.problemOf(password, repeat, settings.passwordMinLength());
    if (problem != null) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return form(model, new PasswordForm(token, holder.get().name(), problem));
    }
    try {
      people.setPassword(token, password);
    } catch (LinkNotUsable usedMeanwhile) {
      return invalid(response);
    }
    return "redirect:/login?passwordset";
  }

  @GetMapping("/password/forgot")
  String forgot() {
    return "users/forgot";
  }

  @PostMapping("/password/forgot")
  String forgotten(@RequestParam(name = "email", required = false) String email) {
    people.forgotten(email);
    return "users/forgot-sent";
  }

  private String form(Model model, PasswordForm form) {
    model.addAttribute("form", form);
    model.addAttribute("minLength", settings.passwordMinLength());
    return "users/password";
  }

  private static String invalid(HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    return "users/link-invalid";
  }
}
