package org.accordo.app.users;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.accordo.app.ui.PageContexts;
import org.accordo.app.ui.Viewer;
import org.accordo.app.ui.WebPage;
import org.accordo.core.contract.DocumentLanguage;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What a signed-in person changes of their own account from the header: the language of the pages,
 * kept as their preference and in their session.
 */
@WebPage
class AccountActions {

  private final People people;
  private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

  AccountActions(People people) {
    this.people = people;
  }

  @PostMapping("/account/language")
  String language(
      @RequestParam(name = "language", required = false) String code,
      @RequestParam(name = "back", required = false) String back,
      HttpServletRequest request,
      HttpServletResponse response) {
    Viewer viewer = PageContexts.viewer().orElseThrow();
    DocumentLanguage language = code == null ? null : DocumentLanguage.fromCode(code).orElse(null);
    Viewer changed = people.changeLanguage(viewer, language);
    Authentication now = SecurityContextHolder.getContext().getAuthentication();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(changed, null, now.getAuthorities()));
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, request, response);
    return "redirect:" + localPath(back);
  }

  /** {@code back} when it is a path of this site, else the home page (no open redirect). */
  static String localPath(String back) {
    return back != null
            && back.startsWith("/")
            && !back.startsWith("//")
            && !back.contains("\\")
            && back.chars().noneMatch(Character::isISOControl)
        ? back
        : "/";
  }
}
