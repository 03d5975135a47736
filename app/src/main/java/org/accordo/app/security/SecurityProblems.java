package org.accordo.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.accordo.app.web.ProblemResponses;
import org.accordo.app.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** The problem bodies the security filters answer with. */
final class SecurityProblems {

  private SecurityProblems() {}

  static void unauthorized(
      ProblemResponses problems,
      HttpServletRequest request,
      HttpServletResponse response,
      String detail)
      throws IOException {
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    problems.write(request, response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", detail));
  }
}
