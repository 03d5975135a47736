package org.accordo.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.accordo.app.refusal.InvalidField;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with a {@code 400} naming the parameter, a query string the servlet container cannot
 * decode, on every path (the API, the health check, the documentation), before anything asks for a
 * parameter: Tomcat would otherwise fail there with a {@code 500} and log the undecodable text,
 * line breaks included ({@code /actuator/health?x=%0AFORGED%ff}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class QueryStringFilter extends OncePerRequestFilter {

  private final ProblemResponses problems;

  QueryStringFilter(ProblemResponses problems) {
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      QueryString.parse(request.getQueryString());
    } catch (InvalidField e) {
      problems.write(request, response, Problems.invalidField(e.field(), e.reason()));
      return;
    }
    chain.doFilter(request, response);
  }
}
