package org.accordo.app.security;

import jakarta.servlet.DispatcherType;
import org.accordo.app.web.ApiHeaders;
import org.accordo.app.web.ProblemResponses;
import org.accordo.app.web.Problems;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.HeaderWriterFilter;

/**
 * Stateless bearer-token security: no sessions, no cookies (so no CSRF), every {@code /api/**}
 * request needs a valid token. Which role may do what is decided by the feature facades, after they
 * have resolved the customer an id belongs to, so a customer token gets the same {@code 404} for
 * another customer's ids as for missing ones.
 *
 * <p>Two filter chains: Swagger UI's pages, which need their scripts and styles, and the API, which
 * answers every other path. Each sets its own {@code Content-Security-Policy}; the web pages to
 * come get a chain (and a policy) of their own, ordered before the API's.
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

  /** Swagger UI's pages, open like the API description they show. */
  @Bean
  @Order(1)
  SecurityFilterChain apiDocsPages(HttpSecurity http) throws Exception {
    http.securityMatcher("/swagger-ui.html", "/swagger-ui/**")
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

  /**
   * The API: every path no chain before it claims. Its answers are JSON, so their policy allows
   * nothing to load and nothing to frame them ({@link ApiHeaders}).
   */
  @Bean
  @Order(Ordered.LOWEST_PRECEDENCE)
  SecurityFilterChain api(
      HttpSecurity http,
      TokenService tokens,
      FailedAuthentications failures,
      ProblemResponses problems)
      throws Exception {
    http.csrf(csrf -> csrf.disable())
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
                    .requestMatchers("/error", "/actuator/health", "/actuator/health/**")
                    .permitAll()
                    .requestMatchers("/v3/api-docs", "/v3/api-docs/**")
                    .permitAll()
                    // the page that says what Accordo is and where its API docs are (HomePage)
                    .requestMatchers(HttpMethod.GET, "/")
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

  /**
   * No user accounts: tokens only. Declared so that Spring Boot does not create a default user with
   * a password.
   */
  @Bean
  UserDetailsService noUsers() {
    return new InMemoryUserDetailsManager();
  }
}
