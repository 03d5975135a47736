package org.accordo.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.accordo.app.web.ProblemResponses;
import org.accordo.app.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>}. No header: the request goes on anonymous
 * (and is refused later if the path needs a token). A header that is not a valid bearer token is
 * refused here with {@code 401}, so a typo never falls back to anonymous access.
 *
 * <p>Two {@code Authorization} headers are a {@code 400}, not a {@code 401}: the field is a
 * singleton (RFC 9110), so such a request is malformed rather than a wrong credential, and which
 * one to judge would be a guess (the first used to win, whatever a proxy in front made of the
 * pair). Nothing is judged, so it is not counted as a failed authentication either.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

  private static final String BEARER = "Bearer ";

  private final TokenService tokens;
  private final ProblemResponses problems;

  BearerTokenFilter(TokenService tokens, ProblemResponses problems) {
    this.tokens = tokens;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null) {
      chain.doFilter(request, response);
      return;
    }
    if (Collections.list(request.getHeaders(HttpHeaders.AUTHORIZATION)).size() > 1) {
      problems.write(
          request,
          response,
          Problems.invalidField(
              HttpHeaders.AUTHORIZATION, "appears more than once; send one bearer token"));
      return;
    }
    Optional<Caller> caller = secretOf(header).flatMap(tokens::authenticate);
    if (caller.isEmpty()) {
      SecurityProblems.unauthorized(
          problems, request, response, "the bearer token is invalid or revoked");
      return;
    }
    SecurityContextHolder.getContext().setAuthentication(new CallerAuthentication(caller.get()));
    chain.doFilter(request, response);
  }

  /** The secret of a bearer {@code Authorization} header; empty for any other header. */
  static Optional<String> secretOf(String header) {
    if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return Optional.empty();
    }
    String secret = header.substring(BEARER.length()).strip();
    return secret.isEmpty() || secret.length() > 200 ? Optional.empty() : Optional.of(secret);
  }

  /** An authenticated request: its principal is the {@link Caller}. */
  static final class CallerAuthentication extends AbstractAuthenticationToken {

    private final Caller caller;

    CallerAuthentication(Caller caller) {
      super(List.of(new SimpleGrantedAuthority("ROLE_" + caller.role().name())));
      this.caller = caller;
      setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
      return "";
    }

    @Override
    public Caller getPrincipal() {
      return caller;
    }
  }
}
