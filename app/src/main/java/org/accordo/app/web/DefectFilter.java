package org.accordo.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outermost filter: a failure that escapes every other (in a security filter, say, when the
 * database is down) is answered as the advice answers one of a controller, a {@code 500} with a
 * correlation id logged with its stack trace ({@link Defects}), instead of reaching the servlet
 * container, which would log it without one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DefectFilter extends OncePerRequestFilter {

  private final ProblemResponses problems;

  DefectFilter(ProblemResponses problems) {
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException failure) {
      if (response.isCommitted()) {
        throw failure;
      }
      response.resetBuffer();
      ProblemDetail problem = Defects.record(request, failure);
      response.setHeader(Defects.HEADER, Defects.idOf(problem));
      problems.write(request, response, problem);
    }
  }
}
