package org.accordo.app.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers the servlet container's error dispatch (errors raised outside Spring MVC, e.g. by a
 * filter) with a problem body too, in place of Spring Boot's default error JSON; for a page (not
 * the API) with the pages' HTML error page ({@link PageErrors}).
 */
@RestController
class ErrorFallbackController implements ErrorController {

  private final ObjectProvider<PageErrors> pages;

  ErrorFallbackController(ObjectProvider<PageErrors> pages) {
    this.pages = pages;
  }

  @RequestMapping("/error")
  ResponseEntity<?> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status =
        code instanceof Integer c && HttpStatus.resolve(c) != null
            ? HttpStatus.resolve(c)
            : HttpStatus.INTERNAL_SERVER_ERROR;
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    PageErrors page = pages.getIfAvailable();
    if (page != null && uri instanceof String path && PageErrors.isPage(path)) {
      return page.page(request, status);
    }
    String kind = status.is5xxServerError() ? "internal" : Problems.kindOf(status.value());
    ProblemDetail problem = Problems.of(status, kind, status.getReasonPhrase());
    if (uri instanceof String path) {
      problem.setInstance(Problems.instance(path));
    }
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
