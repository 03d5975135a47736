package org.accordo.app.web;

import io.swagger.v3.oas.annotations.Hidden;
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
 * filter) with a problem body too, in place of Spring Boot's default error JSON; a {@code 5xx} is a
 * defect, logged and answered with a correlation id ({@link Defects}); for a page (not the API)
 * with the pages' HTML error page ({@link PageErrors}).
 */
@Hidden // not an operation of the API: the container's error dispatch
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
    ResponseEntity.BodyBuilder answer =
        ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
    ProblemDetail problem;
    if (status.is5xxServerError()) {
      problem =
          Defects.record(
              request, (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
      answer.header(Defects.HEADER, Defects.idOf(problem));
    } else {
      problem = Problems.of(status, Problems.kindOf(status.value()), status.getReasonPhrase());
    }
    if (uri instanceof String path) {
      problem.setInstance(Problems.instance(path));
    }
    return answer.body(problem);
  }
}
