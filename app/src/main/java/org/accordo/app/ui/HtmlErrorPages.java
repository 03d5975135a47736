package org.accordo.app.ui;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.accordo.app.web.PageErrors;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The HTML error pages ({@code error.jte} in the layout), for every error of a page: a refusal of a
 * page's controller, a path with nothing at it, an error the servlet container dispatches. "Not
 * found" reads the same whether the thing is missing or another customer's.
 */
@Component
class HtmlErrorPages implements PageErrors {

  private final TemplateEngine templates;
  private final PageContexts contexts;

  HtmlErrorPages(TemplateEngine templates, PageContexts contexts) {
    this.templates = templates;
    this.contexts = contexts;
  }

  @Override
  public ResponseEntity<String> page(HttpServletRequest request, HttpStatus status) {
    return page(request, ErrorPage.of(status));
  }

  /** The HTML page of {@code error} (its status, and its reason when it has one). */
  ResponseEntity<String> page(HttpServletRequest request, ErrorPage error) {
    StringOutput html = new StringOutput();
    templates.render("error.jte", Map.of("page", contexts.of(request), "error", error), html);
    return ResponseEntity.status(error.status())
        .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noStore())
        .body(html.toString());
  }
}
