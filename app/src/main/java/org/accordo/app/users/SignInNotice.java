package org.accordo.app.users;

import java.util.Set;

/**
 * What the sign-in page says above its form, from the query parameter the last step left: a
 * failure, too many failures, signed out, a password set, a session that ended.
 */
public enum SignInNotice {
  FAILED("failed", "page.login.failed", true),
  THROTTLED("throttled", "page.login.throttled", true),
  SIGNED_OUT("signedout", "page.login.signedout", false),
  PASSWORD_SET("passwordset", "page.login.passwordset", false),
  EXPIRED("expired", "page.login.expired", false);

  private final String parameter;
  private final String labelKey;
  private final boolean problem;

  SignInNotice(String parameter, String labelKey, boolean problem) {
    this.parameter = parameter;
    this.labelKey = labelKey;
    this.problem = problem;
  }

  /** The label of its words. */
  public String labelKey() {
    return labelKey;
  }

  /** True for a failure (shown as an alert), false for information. */
  public boolean problem() {
    return problem;
  }

  /** The notice of the first known parameter among {@code parameters}, or null for none. */
  static SignInNotice of(Set<String> parameters) {
    for (SignInNotice notice : values()) {
      if (parameters.contains(notice.parameter)) {
        return notice;
      }
    }
    return null;
  }
}
