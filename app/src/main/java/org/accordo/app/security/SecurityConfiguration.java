package org.accordo.app.security;

import jakarta.servlet.DispatcherType;
import org.accordo.app.web.ApiHeaders;
import org.accordo.app.web.ProblemResponses;
import org.accordo.app.web.Problems;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.HeaderWriterFilter;

/**
 * The API's filter chain: stateless bearer-token security for {@code /api/**}, the actuator and the
 * API description (no sessions, no cookies, so no CSRF); every {@code /api/**} request needs a
 * valid token. Pages have their own chain (the users module's, with sessions and form login), tried
 * after this one for every other path, so the API's {@code 401} problem never answers a page. Which
 * role may do what is decided by the feature facades, after they have resolved the customer an id
 * belongs to, so a customer token gets the same {@code 404} for another customer's ids as for
 * missing ones.
 *
 * <p>Swagger UI's pages have a chain of their own before it, with the policy their scripts need;
 * the API's answers are JSON, so their policy allows nothing to load and nothing to frame them
 * ({@link ApiHeaders}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

  /**
   * Swagger UI's policy: its own scripts, styles (and the inline styles its components set) and
   * images, from this server only; no frame may hold it.
   */
  static final String API_DOCS_PAGES_POLICY =
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
          + " frame-ancestors 'none'; form-action 'self'";

  /** Swagger UI's paths, open like the API description they show. */
  static final String[] API_DOCS_PAGES = {"/swagger-ui.html", "/swagger-ui/**"};

  /** The paths of the API's chain; every path neither it nor Swagger UI's claims is a page's. */
  static final String[] API_PATHS = {
    "/api/**", "/actuator", "/actuator/**", "/v3/api-docs", "/v3/api-docs/**"
  };

  /** Swagger UI's pages, open like the API description they show. */
  @Bean
  @Order(0)
  SecurityFilterChain apiDocsPages(HttpSecurity http) throws Exception {
    http.securityMatcher(API_DOCS_PAGES)
        .csrf(csrf -> csrf.disable())
        .httpBasic(basic -> basic.disable())
        .formLogin(form -> form.disable())
        .logout(logout -> logout.disable())
        .requestCache(cache -> cache.disable())
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .headers(
            headers ->
                headers.contentSecurityPolicy(csp -> csp.policyDirectives(API_DOCS_PAGES_POLICY)))
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
    return http.build();
  }

  /** The API: bearer tokens, failed authentications limited per client address. */
  @Bean
  @Order(1)
  SecurityFilterChain api(
      HttpSecurity http,
      TokenService tokens,
      FailedAuthentications failures,
      ProblemResponses problems)
      throws Exception {
    http.securityMatcher(API_PATHS)
        .csrf(csrf -> csrf.disable())
        .headers(
            headers ->
                headers.contentSecurityPolicy(
                    csp -> csp.policyDirectives(ApiHeaders.CONTENT_SECURITY_POLICY)))
        .httpBasic(basic -> basic.disable())
        .formLogin(form -> form.disable())
        .logout(logout -> logout.disable())
        .requestCache(cache -> cache.disable())
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .addFilterAfter(
            new AuthenticationLimitFilter(failures, tokens, problems), HeaderWriterFilter.class)
        .addFilterBefore(
            new BearerTokenFilter(tokens, problems), AnonymousAuthenticationFilter.class)
        .exceptionHandling(
            errors ->
                errors
                    .authenticationEntryPoint(
                        (request, response, e) ->
                            SecurityProblems.unauthorized(
                                problems,
                                request,
                                response,
                                "an API token is required: Authorization: Bearer <token>"))
                    .accessDeniedHandler(
                        (request, response, e) ->
                            problems.write(
                                request,
                                response,
                                Problems.of(
                                    HttpStatus.FORBIDDEN,
                                    "forbidden",
                                    "this token may not do this"))))
        .authorizeHttpRequests(
            requests ->
                requests
                    .dispatcherTypeMatchers(DispatcherType.ERROR)
                    .permitAll()
                    .requestMatchers("/actuator/health", "/actuator/health/**")
                    .permitAll()
                    .requestMatchers("/v3/api-docs", "/v3/api-docs/**")
                    .permitAll()
                    // authenticated by the HMAC signature of its body (InboundSources), not by a
                    // token
                    .requestMatchers(HttpMethod.POST, "/api/v1/inbound/events")
                    .permitAll()
                    .requestMatchers(
                        "/api/v1/tokens/**", "/api/v1/audit/**", "/api/v1/inbound/sources/**")
                    .hasRole(Role.ADMIN.name())
                    // metrics (/actuator/metrics, /actuator/prometheus): the operator's, as the
                    // audit log
                    .requestMatchers("/actuator/**")
                    .hasRole(Role.ADMIN.name())
                    .anyRequest()
                    .authenticated());
    return http.build();
  }

  /**
   * A path the firewall refuses (an encoded NUL, a {@code ..} segment) is a bad request, answered
   * as a problem.
   */
  @Bean
  RequestRejectedHandler requestRejected(ProblemResponses problems) {
    return (request, response, e) ->
        problems.write(
            request,
            response,
            Problems.of(
                HttpStatus.BAD_REQUEST, "rejected-request", "the request URL is not allowed"));
  }
}
