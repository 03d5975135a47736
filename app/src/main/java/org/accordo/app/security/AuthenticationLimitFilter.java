package org.accordo.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.accordo.app.web.ProblemResponses;
import org.accordo.app.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits failed authentications per client address ({@link FailedAuthentications}) for every
 * request that presents credentials: a bearer token, or an inbound delivery's signature. One that
 * is answered {@code 401} is counted (as that status is set, before the answer is written, so a
 * client reading it finds the count stored); once its address has reached the limit, its requests
 * presenting credentials are answered {@code 429} with {@code Retry-After} (the seconds until the
 * window ends) without being judged. Successful requests are not counted, and a token this node
 * found valid moments ago ({@code accordo.security.token-cache}) is no guess: it passes without
 * asking the count.
 */
final class AuthenticationLimitFilter extends OncePerRequestFilter {

  /** The header of an inbound delivery's signature (the inbound webhook's credential). */
  static final String SIGNATURE = "X-Accordo-Signature";

  private final FailedAuthentications failures;
  private final TokenService tokens;
  private final ProblemResponses problems;

  AuthenticationLimitFilter(
      FailedAuthentications failures, TokenService tokens, ProblemResponses problems) {
    this.failures = failures;
    this.tokens = tokens;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    if ((authorization == null && request.getHeader(SIGNATURE) == null)
        || (authorization != null
            && BearerTokenFilter.secretOf(authorization)
                .filter(tokens::isRemembered)
                .isPresent())) {
      chain.doFilter(request, response);
      return;
    }
    FailedAuthentications.Subject address =
        FailedAuthentications.Subject.address(request.getRemoteAddr());
    Optional<Duration> refused = failures.refusedFor(address);
    if (refused.isPresent()) {
      long seconds = Math.max(1, (refused.get().toMillis() + 999) / 1000);
      response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
      problems.write(
          request,
          response,
          Problems.of(
              HttpStatus.TOO_MANY_REQUESTS,
              "too-many-requests",
              "too many failed authentications from this address; try again in "
                  + seconds
                  + " seconds"));
      return;
    }
    chain.doFilter(request, new CountingFailure(response, () -> failures.failed(address)));
  }

  /**
   * The response of a request presenting credentials: when its status is set to {@code 401}, the
   * failure is counted then, before a byte of the answer is written, so the count is stored before
   * the client can read the answer and try again.
   */
  private static final class CountingFailure extends HttpServletResponseWrapper {

    private final Runnable count;
    private boolean counted;

    CountingFailure(HttpServletResponse response, Runnable count) {
      super(response);
      this.count = count;
    }

    @Override
    public void setStatus(int status) {
      countIfUnauthorized(status);
      super.setStatus(status);
    }

    @Override
    public void sendError(int status) throws IOException {
      countIfUnauthorized(status);
      super.sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      countIfUnauthorized(status);
      super.sendError(status, message);
    }

    private void countIfUnauthorized(int status) {
      if (status == HttpStatus.UNAUTHORIZED.value() && !counted) {
        counted = true;
        count.run();
      }
    }
  }
}
