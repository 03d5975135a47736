package org.accordo.app.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.accordo.app.render.Labels;
import org.accordo.core.contract.DocumentLanguage;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/**
 * Makes the {@link PageContext} of a request: the signed-in {@link Viewer} from the security
 * context, the language from their preference, else the browser's {@code Accept-Language} (English
 * or Italian, English otherwise), and the request's CSRF token.
 */
@Component
public class PageContexts {

  /** The {@link PageContext} of {@code request}. */
  public PageContext of(HttpServletRequest request) {
    Viewer viewer = viewer().orElse(null);
    DocumentLanguage language = language(viewer, request);
    Labels labels = Labels.of(language);
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Object token = request.getAttribute(CsrfToken.class.getName());
    PageContext.Csrf csrf =
        token instanceof CsrfToken t
            ? new PageContext.Csrf(t.getParameterName(), t.getToken())
            : null;
    return new PageContext(
        labels,
        language,
        viewer,
        viewer == null ? ZoneOffset.UTC : viewer.zone(),
        path,
        Navigation.of(viewer, path, labels),
        csrf);
  }

  /** The person signed in to this request, if any. */
  public static Optional<Viewer> viewer() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.getPrincipal() instanceof Viewer v
        ? Optional.of(v)
        : Optional.empty();
  }

  /** The viewer's language, else the first of the browser's that pages are written in, else EN. */
  static DocumentLanguage language(Viewer viewer, HttpServletRequest request) {
    if (viewer != null && viewer.language() != null) {
      return viewer.language();
    }
    if (request.getHeader("Accept-Language") == null) {
      return DocumentLanguage.EN;
    }
    for (Locale locale : Collections.list(request.getLocales())) {
      Optional<DocumentLanguage> known = DocumentLanguage.fromCode(locale.getLanguage());
      if (known.isPresent()) {
        return known.get();
      }
    }
    return DocumentLanguage.EN;
  }
}
