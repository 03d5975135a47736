package org.accordo.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The error pages of the pages a person browses, which the API's problem bodies never answer: this
 * module owns the question, the pages' module answers it (so that this shared module uses no
 * feature). A request is for a page unless its path is the API's, the actuator's or the API
 * description's.
 */
public interface PageErrors {

  /** The paths whose errors are problem bodies: everything else is a page. */
  List<String> NOT_PAGES = List.of("/api/", "/actuator", "/v3/api-docs", "/swagger-ui");

  /** True when {@code path} (without the context path) is a page's. */
  static boolean isPage(String path) {
    return path != null && NOT_PAGES.stream().noneMatch(path::startsWith);
  }

  /** True when the request is for a page. */
  static boolean isPage(HttpServletRequest request) {
    return isPage(request.getRequestURI().substring(request.getContextPath().length()));
  }

  /** The HTML page saying {@code status} to whoever asked {@code request}. */
  ResponseEntity<String> page(HttpServletRequest request, HttpStatus status);
}
