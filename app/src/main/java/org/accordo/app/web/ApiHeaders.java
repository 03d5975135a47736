package org.accordo.app.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers that keep a browser from treating an API answer as a page: a JSON answer needs no
 * script, style, image or frame, so its {@code Content-Security-Policy} allows none and no page may
 * frame it, and {@code X-Content-Type-Options: nosniff} stops a browser from guessing another type.
 * The API's filter chain sets them on its answers (with Spring Security's other headers); pages get
 * a policy of their own from their own chain. Answers written before any chain runs (a refused
 * query or body, a URL the firewall or Tomcat refuses) get these, the strictest, since they are
 * problem bodies too.
 */
public final class ApiHeaders {

  /** The API's policy: nothing may load, nothing may frame. */
  public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

  private ApiHeaders() {}

  /** Sets the API's headers on {@code response}, each unless a chain has set it already. */
  public static void setIfAbsent(HttpServletResponse response) {
    if (!response.containsHeader("Content-Security-Policy")) {
      response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    }
    if (!response.containsHeader("X-Content-Type-Options")) {
      response.setHeader("X-Content-Type-Options", "nosniff");
    }
  }
}
