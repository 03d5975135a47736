package org.accordo.app.ui;

import jakarta.servlet.http.HttpServletRequest;
import org.accordo.app.refusal.Conflicting;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.refusal.NotPermitted;
import org.accordo.app.refusal.NotVisible;
import org.accordo.app.refusal.Unacceptable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * For every {@link WebPage} controller: the {@link PageContext} as the model's {@code page}, and
 * each refusal answered with the HTML error page of its kind (before the API's advice, which
 * answers problem bodies). Another customer's id is "not found", exactly like a missing one.
 */
@ControllerAdvice(annotations = WebPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageAdvice {

  private static final Logger log = LoggerFactory.getLogger(PageAdvice.class);

  private final PageContexts contexts;
  private final HtmlErrorPages errors;

  PageAdvice(PageContexts contexts, HtmlErrorPages errors) {
    this.contexts = contexts;
    this.errors = errors;
  }

  @ModelAttribute("page")
  PageContext page(HttpServletRequest request) {
    return contexts.of(request);
  }

  @ExceptionHandler(NotVisible.class)
  ResponseEntity<String> notVisible(HttpServletRequest request) {
    return errors.page(request, HttpStatus.NOT_FOUND);
  }

  @ExceptionHandler({
    InvalidField.class,
    ServletRequestBindingException.class,
    TypeMismatchException.class
  })
  ResponseEntity<String> badRequest(HttpServletRequest request) {
    return errors.page(request, HttpStatus.BAD_REQUEST);
  }

  /** A refused role or rule (such as the four-eyes rule): the 403 page says why. */
  @ExceptionHandler(NotPermitted.class)
  ResponseEntity<String> notPermitted(HttpServletRequest request, NotPermitted refusal) {
    return errors.page(request, ErrorPage.of(HttpStatus.FORBIDDEN, refusal.getMessage()));
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<String> accessDenied(HttpServletRequest request) {
    return errors.page(request, HttpStatus.FORBIDDEN);
  }

  @ExceptionHandler(Conflicting.class)
  ResponseEntity<String> conflicting(HttpServletRequest request) {
    return errors.page(request, HttpStatus.CONFLICT);
  }

  /**
   * Content refused as it stands (a contract with errors, a mapping that does not load, a rule such
   * as "the last admin stays admin"): the page says why in the refusal's words, {@code 422}.
   */
  @ExceptionHandler(Unacceptable.class)
  ResponseEntity<String> unacceptable(HttpServletRequest request, Unacceptable refusal) {
    return errors.page(
        request, ErrorPage.of(HttpStatus.UNPROCESSABLE_CONTENT, refusal.getMessage()));
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<String> methodNotAllowed(HttpServletRequest request) {
    return errors.page(request, HttpStatus.METHOD_NOT_ALLOWED);
  }

  /** A defect of Accordo: logged, and the reader sees the "internal" page without its detail. */
  @ExceptionHandler(RuntimeException.class)
  ResponseEntity<String> internal(HttpServletRequest request, RuntimeException e) {
    log.error("page {} failed", request.getRequestURI(), e);
    return errors.page(request, HttpStatus.INTERNAL_SERVER_ERROR);
  }
}
