package org.accordo.app.egress;

import java.util.regex.Pattern;

/**
 * Hides the credentials of URLs written in text ({@code http://svcuser:S3cret@host/x} becomes
 * {@code http://svcuser:***@host/x}; a user info without a password, often a token, becomes {@code
 * ***}), for everything Accordo shows or logs about an outbound connection.
 */
public final class UrlCredentials {

  private static final Pattern WITH_PASSWORD =
      Pattern.compile("([a-zA-Z][a-zA-Z0-9+.-]*://)([^/?#@\\s:]*):[^/?#\\s]*@");
  private static final Pattern USER_ONLY =
      Pattern.compile("([a-zA-Z][a-zA-Z0-9+.-]*://)[^/?#@\\s:]+@");

  private UrlCredentials() {}

  /**
   * {@code text} with the credentials of every URL in it replaced by {@code ***}; null stays null.
   */
  public static String masked(String text) {
    if (text == null) {
      return null;
    }
    String passwords = WITH_PASSWORD.matcher(text).replaceAll("$1$2:***@");
    return USER_ONLY.matcher(passwords).replaceAll("$1***@");
  }
}
