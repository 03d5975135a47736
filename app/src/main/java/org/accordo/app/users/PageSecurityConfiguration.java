package org.accordo.app.users;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import org.accordo.app.security.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The pages' filter chain, for every path the API's chain (security's, tried first) does not take:
 * form sign-in with CSRF on every state change, sessions in the database (a new session id at
 * sign-in), the roles of each page, and the headers every page carries. Nobody signed in is sent to
 * the sign-in page; a refusal is an HTML error page, never the API's problem body.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class PageSecurityConfiguration {

  /**
   * Scripts and styles only from Accordo itself (no inline script or style attribute runs), no
   * plug-ins, no framing by other sites, forms only to Accordo.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  @Bean
  @Order(2)
  SecurityFilterChain pages(HttpSecurity http) throws Exception {
    // signing in is PasswordLogin's, the one AuthenticationProvider bean, which Spring Security
    // makes the global authentication manager's; naming it here too would check (and count) each
    // failed sign-in twice
    http.formLogin(
            form ->
                form.loginPage("/login")
                    .usernameParameter("email")
                    .passwordParameter("password")
                    .defaultSuccessUrl("/", false)
                    .failureHandler(
                        (request, response, e) ->
                            response.sendRedirect(
                                request.getContextPath()
                                    + (e instanceof LoginThrottled
                                        ? "/login?throttled"
                                        : "/login?failed")))
                    .permitAll())
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedout"))
        .sessionManagement(
            session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                    .frameOptions(frame -> frame.deny()))
        .exceptionHandling(
            errors ->
                errors
                    .defaultAuthenticationEntryPointFor(
                        (request, response, e) -> {
                          // htmx follows this header: the page, not the fragment, goes to sign-in
                          response.setHeader("HX-Redirect", request.getContextPath() + "/login");
                          response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                        },
                        request -> request.getHeader("HX-Request") != null)
                    .defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
                    .accessDeniedHandler(
                        (request, response, e) ->
                            response.sendError(HttpServletResponse.SC_FORBIDDEN)))
        .authorizeHttpRequests(
            requests ->
                requests
                    .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
                    .permitAll()
                    .requestMatchers(
                        "/",
                        "/login",
                        "/password",
                        "/password/forgot",
                        "/error",
                        "/css/**",
                        "/webjars/**",
                        "/favicon.ico")
                    .permitAll()
                    .requestMatchers(HttpMethod.GET, "/customers/*/edit")
                    .hasRole(Role.ADMIN.name())
                    .requestMatchers(
                        HttpMethod.POST, "/customers/*/monitors", "/customers/*/monitors/**")
                    .hasAnyRole(Role.ADMIN.name(), Role.AGENT.name())
                    .requestMatchers(
                        HttpMethod.POST, "/customers/**", "/notifications/**", "/statements/**")
                    .hasRole(Role.ADMIN.name())
                    .requestMatchers(HttpMethod.POST, "/reviews/**")
                    .hasAnyRole(Role.ADMIN.name(), Role.AGENT.name())
                    .requestMatchers(
                        "/board",
                        "/board/**",
                        "/tickets/**",
                        "/customers",
                        "/customers/**",
                        "/notifications",
                        "/notifications/**",
                        "/escalations",
                        "/justifications",
                        "/justifications/**")
                    .hasAnyRole(Role.ADMIN.name(), Role.AGENT.name())
                    .requestMatchers("/admin/**")
                    .hasRole(Role.ADMIN.name())
                    .requestMatchers("/portal", "/portal/**")
                    .hasRole(Role.CUSTOMER.name())
                    .anyRequest()
                    .authenticated());
    return http.build();
  }
}
